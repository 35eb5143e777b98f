"""Word spacing of Latin text in PDFs: whitespace-aware figures that bench/eval_clean.py cannot see.

Per typeset report (against its gt.json): Latin-token precision/recall/F1 of the body (tokens are the
whitespace-separated runs of non-CJK characters holding a Latin letter, punctuation stripped), the
count of extracted Latin tokens absent from the gt body, and for the tables the same token F1 plus the
share of gt cells with Latin letters found exactly (spaces included) among the extracted cells.
For the Federal Register PDF (no gt): glued-word candidates (all-lowercase tokens of 20+ letters) and
tokens holding a lower->upper case change inside (``factorsThe``).

    POLICYLENS_SHARED=/work/shared python bench/eval_latin.py
"""
from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.clean import CJK_CLASS  # noqa: E402
from nlp.read import read_document  # noqa: E402

SHARED = Path(os.environ.get("POLICYLENS_SHARED", ROOT.parent / "shared"))
PDF_DIR = SHARED / "corpus" / "pdf"
FR = SHARED / "corpus" / "ustr_301_lists" / "FR_2018-13248_section301_list1_notice.pdf"
_RUN = re.compile(f"[^\\s{CJK_CLASS}]+")
_STRIP = "\"'“”‘’()[]{}<>,.;:!?"


def latin_tokens(text: str) -> Counter:
    """Whitespace/CJK-delimited tokens holding a Latin letter, outer punctuation stripped."""
    out: Counter[str] = Counter()
    for m in _RUN.finditer(text):
        tok = m.group().strip(_STRIP)
        if re.search("[A-Za-z]", tok):
            out[tok] += 1
    return out


def prf(mine: Counter, gold: Counter) -> dict:
    hit = sum((mine & gold).values())
    p, r = hit / max(1, sum(mine.values())), hit / max(1, sum(gold.values()))
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / max(1e-9, p + r), 4)}


def _norm(c: str) -> str:
    return re.sub(r"\s+", " ", c).strip()


def report(name: str) -> dict:
    gt = json.loads((PDF_DIR / f"{name}.gt.json").read_text(encoding="utf-8"))
    doc = read_document(PDF_DIR / f"{name}.pdf")
    body = "\n".join(p.text for p in doc.pages)
    gold = latin_tokens("\n".join(gt["body"]))
    mine = latin_tokens(body)
    gt_cells = [_norm(c) for t in gt["tables"] for r in t["cells"] for c in r if re.search("[A-Za-z]", c)]
    my_cells = Counter(_norm(c) for t in doc.tables for r in (*t.header, *t.rows) for c in r if c)
    exact = sum(1 for c in gt_cells if my_cells[c] > 0)
    tab_gold = latin_tokens("\n".join(gt_cells))
    tab_mine = latin_tokens("\n".join(c for t in doc.tables for r in (*t.header, *t.rows) for c in r if c))
    return {
        "file": f"{name}.pdf",
        "body_latin": prf(mine, gold),
        "body_tokens_not_in_gt": sum(n for t, n in mine.items() if t not in gold),
        "table_latin": prf(tab_mine, tab_gold),
        "table_cells_exact": f"{exact}/{len(gt_cells)}",
    }


def english(path: Path) -> dict:
    doc = read_document(path)
    toks = latin_tokens("\n".join(p.text for p in doc.pages))
    glued = sorted(t for t in toks if len(t) >= 20 and t.isalpha() and t.islower())
    camel = sorted(t for t in toks if re.search("[a-z]{2,}[A-Z][a-z]", t) and "/" not in t)
    return {"file": path.name, "tokens": sum(toks.values()), "lower_20plus": len(glued), "case_change_inside": len(camel),
            "examples": (glued + camel)[:8]}


def main() -> None:
    for name in sys.argv[1:] or ["report_050p", "report_200p", "report_470p"]:
        print(json.dumps(report(name), ensure_ascii=False))
    if FR.exists():
        print(json.dumps(english(FR), ensure_ascii=False))


if __name__ == "__main__":
    main()
