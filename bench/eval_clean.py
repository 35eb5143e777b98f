"""Cleaning quality on the typeset report PDFs (and the seed .txt) against their ground truth.

Prints per file: body-text character similarity (whitespace removed; tables replaced by their captions),
header/page-number leaks, CJK-internal line breaks, stray spaces between CJK characters, glued footnote
markers, footnotes found (for the seed .txt: how many of the notes it separated the typeset body holds
verbatim; they are taken out of that body before the similarity), paragraph-start recall/precision, table count and cell recall.

    POLICYLENS_SHARED=/work/shared python bench/eval_clean.py [--files report_050p ...]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.clean import CJK_CLASS  # noqa: E402
from nlp.read import read_document  # noqa: E402

SHARED = Path(os.environ.get("POLICYLENS_SHARED", ROOT.parent / "shared"))
PDF_DIR = SHARED / "corpus" / "pdf"
SEED = SHARED / "corpus" / "000_3ffe8296a3a1e621.txt"
WS = re.compile(r"\s+")
CJK_BREAK = re.compile(f"(?<=[{CJK_CLASS}])(?<!\n)\n(?!\n)(?=[{CJK_CLASS}])")
CJK_SPACE = re.compile(f"[{CJK_CLASS}][ \u3000]+[{CJK_CLASS}]")
GLUED = re.compile(r"[。」）)！？]\d{1,3}(?=\n|$)")


def similarity(a: str, b: str) -> float:
    """Indel similarity 1 - (ins+del)/(len a + len b), as difflib's ratio but fast (Levenshtein)."""
    import Levenshtein

    return Levenshtein.ratio(a, b)


def body_text(doc, *, tables: bool = True) -> list[str]:
    """Each page's text; table blocks keep their cells (the gt body lists them) or, with tables=False,
    are dropped (leak counts look at prose only)."""
    out = []
    for page in doc.pages:
        text = page.text
        for t in sorted((t for t in doc.tables if t.page == page.number and t.start is not None), key=lambda t: -t.start):
            block = text[t.start : t.end].replace(" | ", "\n") if tables else ""
            text = text[: t.start] + block + text[t.end :]
        out.append(text)
    return out


def evaluate(doc, gt: dict, *, inline_notes: bool = False) -> dict:
    """The figures for one document; ``inline_notes``: the ground truth's body holds the document's footnotes
    where its text had them (the seed .txt against the typeset PDF's text), so the notes the reader separated
    are taken out of it, found verbatim, before the similarity."""
    body = "\n\n".join(body_text(doc))
    pages = body_text(doc, tables=False)
    gt_body = "".join(gt["body"])
    flat, gt_flat = WS.sub("", body), WS.sub("", gt_body)
    notes = [f for p in doc.pages for f in p.footnotes]
    if inline_notes:
        gt_flat, located = _without_notes(gt_flat, notes)
    header = WS.sub("", gt.get("header", "")) or None
    # a space the source itself has between CJK characters (e.g. "第二節  計畫架構") is not stray
    gt_trigrams = set(re.sub(r"[ \u3000]+", " ", m.group()) for m in CJK_SPACE.finditer("\n".join(gt["body"])))
    # prose paragraphs only (>= 20 chars; the gt lists table cells as paragraphs too); a page's first
    # paragraph may continue the previous page, so it is not counted as a false start
    paras = [p for page in pages for p in page.split("\n\n")[1:] if len(WS.sub("", p)) >= 20]
    mine_starts = Counter(WS.sub("", p)[:12] for p in paras)
    gt_starts = Counter(WS.sub("", p)[:12] for p in gt["body"] if len(WS.sub("", p)) >= 20)
    hit = sum((mine_starts & gt_starts).values())
    res = {
        "pages": len(doc.pages),
        "similarity": round(similarity(flat, gt_flat), 5),
        "header_leaks": sum(1 for p in pages if header and header in WS.sub("", p)),
        "page_number_leaks": sum(1 for n, p in enumerate(pages, 1) for ln in p.split("\n") if ln.strip() == str(n)),
        "cjk_line_breaks": sum(len(CJK_BREAK.findall(p)) for p in pages),
        "stray_cjk_spaces": sum(1 for p in pages for m in CJK_SPACE.finditer(p) if m.group() not in gt_trigrams),
        "glued_markers": sum(len(GLUED.findall(p)) for p in pages),
        "footnotes": (f"{located} of {len(notes)} found verbatim in the typeset body" if inline_notes
                      else f"{len(notes)}/{len(gt.get('footnotes', []))}"),
        "para_start_recall": round(sum((Counter(WS.sub("", p)[:12] for page in pages for p in page.split("\n\n")) & gt_starts).values()) / max(1, sum(gt_starts.values())), 3),
        "para_start_precision": round(hit / max(1, sum(mine_starts.values())), 3),
    }
    if gt.get("footnotes") and not inline_notes:
        mine_fn = "".join(f for p in doc.pages for f in p.footnotes)
        res["footnote_similarity"] = round(similarity(WS.sub("", mine_fn), WS.sub("", "".join(gt["footnotes"]))), 4)
    res["tables"] = f"{len({t.caption for t in doc.tables})}/{len(gt.get('tables', []))}"
    res["table_cell_recall"] = round(_cell_recall(doc, gt.get("tables", [])), 4)
    return res


def _cell_recall(doc, gt_tables) -> float:
    found = total = 0
    for g in gt_tables:
        key = WS.sub("", g["caption"])[:10]
        mine: Counter[str] = Counter()
        for t in doc.tables:
            if t.caption and WS.sub("", t.caption)[:10] == key:
                for r in (*t.header, *t.rows):
                    mine.update(WS.sub("", c) for c in r if c.strip())
                mine.update(WS.sub("", n) for n in t.notes)
        flat_mine = "".join(mine.elements())
        for r in g["cells"]:
            for c in r:
                c = WS.sub("", c)
                if not c:
                    continue
                total += 1
                if mine[c] > 0:
                    mine[c] -= 1
                    found += 1
                elif c in flat_mine:  # a cell split or merged differently (multi-line header)
                    found += 1
    return found / max(1, total)


def _without_notes(gt_flat: str, notes: list[str]) -> tuple[str, int]:
    """``gt_flat`` less each of ``notes`` it holds verbatim, and how many it held."""
    located = 0
    for note in notes:
        flat = WS.sub("", note)
        if flat and flat in gt_flat:
            gt_flat, located = gt_flat.replace(flat, "", 1), located + 1
    return gt_flat, located


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", nargs="*", default=["report_050p", "report_200p", "report_470p", "seed"])
    args = ap.parse_args()
    for name in args.files:
        if name == "seed":
            path, gt_path = SEED, PDF_DIR / "report_470p.gt.json"
        else:
            path, gt_path = PDF_DIR / f"{name}.pdf", PDF_DIR / f"{name}.gt.json"
        gt = json.loads(gt_path.read_text(encoding="utf-8"))
        t = time.perf_counter()
        doc = read_document(path)
        dt = time.perf_counter() - t
        res = evaluate(doc, gt, inline_notes=name == "seed")
        print(json.dumps({"file": path.name, "read_s": round(dt, 2), **res}, ensure_ascii=False))


if __name__ == "__main__":
    main()
