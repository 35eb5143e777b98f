"""Page layout -> clean text: furniture (headers, footers, page numbers), footnotes, paragraphs, tables.

Works on the measured lines of ``nlp.read.pdf`` (PDF points, y upwards). Decisions are made from the
whole document's statistics (body font size, left margin, line pitch), so no threshold is tied to a file.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from statistics import median

from ..clean import (
    render_row,
    is_note,
    is_page_number,
    is_table_caption,
    join_fragments,
    split_header,
    squeeze_spaces,
)
from ..types import Page, Table

_FOOTNOTE_START = re.compile(r"^(?:\d{1,3}|[*†‡]|註\s*\d*|注\s*\d*)[\s.、:：)）]?")


@dataclass
class Layout:
    """Document-wide measures used to read each page."""

    body_size: float
    left: float
    right: float
    pitch: float
    header: str | None = None  # the running header text, when there is one


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def page_furniture(pages) -> Layout:
    """Mark running headers/footers, page numbers and footnotes on every page; return the layout measures."""
    n = len(pages)
    counts: Counter[tuple[str, str]] = Counter()
    bands: list[list[tuple[str, str, object]]] = []
    for p in pages:
        cands = []
        # same text at the same height on many pages; footnotes repeat text but not position
        for ln in p.lines[:3]:
            if ln.y > p.height * 0.85:
                cands.append(("top", f"{_key(ln.text)}@{round(ln.y / 6)}", ln))
        for ln in p.lines[-3:]:
            if ln.y < p.height * 0.15:
                cands.append(("bottom", f"{_key(ln.text)}@{round(ln.y / 6)}", ln))
        bands.append(cands)
        for b, k, ln in cands:
            # a line with a number repeats as furniture only if the number follows the page ("Page 7")
            nums = re.findall(r"\d+", ln.text)
            counts[(b, k if not nums else f"{k}~{p.number - int(nums[-1])}")] += 1
    need = max(3, int(0.4 * n)) if n >= 3 else n + 1
    header = None
    for p, cands in zip(pages, bands):
        for band, key, ln in cands:
            nums = re.findall(r"\d+", ln.text)
            c = counts[(band, key if not nums else f"{key}~{p.number - int(nums[-1])}")]
            if c >= need or is_page_number(ln.text):
                ln.kind = "furniture"
                if band == "top" and not nums and header is None and c >= need:
                    header = ln.text
    layout = _measure(pages, header)
    for p in pages:
        _mark_footnotes(p, layout)
    return layout


def _measure(pages, header) -> Layout:
    sizes: Counter[float] = Counter()
    for p in pages:
        for ln in p.lines:
            if ln.kind == "body":
                sizes[round(ln.size * 2) / 2] += len(ln.text)
    body_size = sizes.most_common(1)[0][0] if sizes else 10.0
    lefts: Counter[int] = Counter()
    rights, pitches = [], []
    for p in pages:
        prev = None
        for ln in p.lines:
            if ln.kind != "body" or abs(ln.size - body_size) > 0.6:
                prev = None
                continue
            lefts[round(ln.x0)] += 1
            rights.append(ln.x1)
            if prev is not None and 0.8 * body_size < prev.y - ln.y < 3 * body_size:
                pitches.append(prev.y - ln.y)
            prev = ln
    rights.sort()
    return Layout(
        body_size=body_size,
        left=lefts.most_common(1)[0][0] if lefts else 0.0,
        right=rights[int(0.9 * (len(rights) - 1))] if rights else 0.0,
        pitch=median(pitches) if pitches else body_size * 1.5,
        header=header,
    )


def _mark_footnotes(p, layout: Layout) -> None:
    """The block of small lines under the last body line at the page foot, starting with a marker."""
    body = [ln for ln in p.lines if ln.kind in ("body",)]
    block = []
    for ln in reversed(body):
        if ln.size < layout.body_size - 0.8 and ln.y < p.height * 0.5:
            block.append(ln)
        else:
            break
    block.reverse()
    while block and not (block[0].lead_small or _FOOTNOTE_START.match(block[0].text)):
        block.pop(0)
    for ln in block:
        ln.kind = "footnote"


def _footnotes(p) -> list[str]:
    notes: list[list[str]] = []
    for ln in p.lines:
        if ln.kind != "footnote":
            continue
        text = ln.text[ln.lead_small:] if ln.lead_small else ln.text
        if ln.lead_small or not notes or _FOOTNOTE_START.match(ln.text) and ln.x0 <= min(l.x0 for l in p.lines if l.kind == "footnote") + 1:
            if not ln.lead_small:
                m = _FOOTNOTE_START.match(text)
                text = text[m.end():] if m else text
            notes.append([text])
        else:
            notes[-1].append(text)
    return [squeeze_spaces(join_fragments(n)) for n in notes]


def _breaks(prev, ln, layout: Layout) -> bool:
    """Whether line ``ln`` starts a new paragraph after ``prev``."""
    size = ln.size or layout.body_size
    if abs(ln.size - prev.size) > 0.6:
        return True
    if ln.x0 > layout.left + 0.7 * size:
        return True
    if prev.y - ln.y > 1.6 * layout.pitch * (size / layout.body_size):
        return True
    if prev.x1 < layout.right - 2 * size:  # a short line ends its paragraph (justified text fills lines)
        return True
    return False


def link_tables(pages) -> None:
    """Mark a table that continues the previous page's last table (same columns, nothing between)."""
    prev_page = None
    for p in pages:
        p.cont = set()
        if prev_page is not None and p.tables and prev_page.tables:
            first = next((ln for ln in p.lines if ln.kind not in ("furniture",)), None)
            last = next((ln for ln in reversed(prev_page.lines) if ln.kind not in ("furniture", "footnote")), None)
            (_, rows), (_, prev_rows) = p.tables[0], prev_page.tables[-1]
            if (
                first is not None and first.kind == "table" and last is not None and last.kind == "table"
                and len(rows[0]) == len(prev_rows[0])
            ):
                p.cont.add(0)
                if rows and rows[0] == prev_rows[0]:
                    rows.pop(0)  # the header repeated on the new page
                if rows and any(is_note(" ".join(c for c in r if c)) for r in prev_rows[-3:]):
                    while rows and sum(1 for c in rows[0] if c) == 1:  # the note runs on: it stays one note
                        prev_rows.append(rows.pop(0))
                if rows and not rows[0][0] and any(rows[0]):
                    # a row cut by the page break: its first (key) cell stayed on the previous page
                    prev_rows[-1] = [join_fragments([a, b]) for a, b in zip(prev_rows[-1], rows.pop(0))]
        prev_page = p


def assemble_page(p, layout: Layout, tables_so_far: list[Table]) -> tuple[Page, list[Table]]:
    """Build one Page (paragraphs joined by blank lines, tables rendered in place) and its Tables."""
    elems: list[tuple[str, object]] = []  # ("para", [lines]) | ("table", index into p.tables)
    seen_tables: set[int] = set()
    prev = None
    for ln in p.lines:
        if ln.kind == "table":
            j = next((k for k, (bb, _) in enumerate(p.tables) if bb[1] - 2 <= ln.y <= bb[3] + 2), None)
            if j is not None and j not in seen_tables:
                seen_tables.add(j)
                elems.append(("table", j))
            prev = None
            continue
        if ln.kind != "body":
            continue
        text = ln.text[: len(ln.text) - ln.tail_small] if ln.tail_small else ln.text
        if prev is None or _breaks(prev, ln, layout) or elems[-1][0] != "para":
            elems.append(("para", [text]))
        else:
            elems[-1][1].append(text)
        prev = ln
    paras = [(kind, squeeze_spaces(join_fragments(v)) if kind == "para" else v) for kind, v in elems]
    out_tables: list[Table] = []
    texts: list[str] = []
    spans: list[tuple[int, int] | None] = []
    i = 0
    while i < len(paras):
        kind, v = paras[i]
        if kind == "para":
            texts.append(v)
            spans.append(None)
            i += 1
            continue
        _, rows = p.tables[v]
        rows = [list(r) for r in rows]
        caption = None
        if len(texts) >= 2 and spans[-1] is None and spans[-2] is None and is_table_caption(texts[-2]) and len(texts[-1]) <= 30:
            texts[-2:] = [join_fragments(texts[-2:])]  # a caption whose last line is centred
            spans.pop()
        if texts and spans[-1] is None and is_table_caption(texts[-1]):
            caption = texts.pop()
            spans.pop()
        notes, kept = [], []
        for r in rows:  # a note row, and the one-cell rows that continue it
            filled = [c for c in r if c]
            if is_note(" ".join(filled)):
                notes.append(filled)
            elif notes and len(filled) == 1:
                notes[-1] += filled
            else:
                kept.append(r)
        rows = kept
        note_texts = [squeeze_spaces(join_fragments(n)) for n in notes]
        if v in getattr(p, "cont", ()) and tables_so_far and caption is None:
            prior = tables_so_far[-1]
            header, data = [list(h) for h in prior.header], rows
            caption_text = prior.caption
            shown = data  # the page shows only its own rows; the header stays in Table.header
        else:
            header, data = split_header(rows)
            caption_text = caption
            shown = header + data
        if not shown and not note_texts:
            i += 1  # a continuation left empty once its repeated header and run-on rows are moved
            continue
        following = paras[i + 1][1] if i + 1 < len(paras) and paras[i + 1][0] == "para" else ""
        extra_notes = [following] if following and is_note(following) else []
        table = Table(
            page=p.number, caption=caption_text, header=tuple(tuple(h) for h in header),
            rows=tuple(tuple(r) for r in data), notes=tuple(note_texts + extra_notes),
        )
        block = "\n".join(([caption] if caption else []) + [render_row(r) for r in shown] + note_texts)
        texts.append(block)
        spans.append((len(out_tables), 0))
        out_tables.append(table)
        i += 1
    text, offsets, final_tables = "", 0, list(out_tables)
    for t, span in zip(texts, spans):
        if text:
            text += "\n\n"
        if span is not None:
            k = span[0]
            final_tables[k] = Table(**{**final_tables[k].__dict__, "start": len(text), "end": len(text) + len(t)})
        text += t
    del offsets
    return Page(number=p.number, text=text, footnotes=tuple(_footnotes(p)), flags=p.flags), final_tables
