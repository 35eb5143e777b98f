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
    is_cjk,
    is_note,
    is_page_number,
    is_table_caption,
    join_fragments,
    render_row,
    split_header,
    squeeze_spaces,
)
from ..types import Page, Table
from .lineorder import group_starts, order_lines
from .wordjoin import Lexicon, join_lines

_FOOTNOTE_START = re.compile(r"^(?:\d{1,3}|[*†‡]|註\s*\d*|注\s*\d*)[\s.、:：)）]?")


@dataclass
class Layout:
    """Document-wide measures used to read each page."""

    body_size: float
    left: float
    right: float
    pitch: float
    header: str | None = None  # the running header text, when there is one
    lexicon: Lexicon | None = None  # the document's words, for Latin words cut at line ends


def line_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def furniture_keys(band: str, key: str, ln, page_number: int) -> list[tuple[str, str]]:
    """Repetition keys of a candidate line. A line holding numbers repeats as furniture only if one of
    them follows the page number ("Page 7", "28711 Federal Register …"), so that footnotes and dated
    lines are not taken for footers; text set at an angle in the margin repeats as it is."""
    nums = re.findall(r"\d+", ln.text) if band != "rotated" else []
    if not nums:
        return [(band, key)]
    return [(band, f"{key}~{page_number - int(x)}") for x in nums[:20]]


def page_furniture(pages) -> Layout:
    """Put each page's lines in reading order, mark running headers/footers, page numbers and footnotes on
    every page; return the layout measures."""
    for p in pages:
        p.lines = order_lines(p.lines, p.width)
    # image-only pages (no text yet) have no header to repeat: a 2-text-page PDF with a scan is read as 2 pages
    n = sum(1 for p in pages if p.lines)
    counts: Counter[tuple[str, str]] = Counter()
    bands: list[list[tuple[str, str, object]]] = []
    for p in pages:
        cands = []
        # same text at the same height on many pages; footnotes repeat text but not position
        by_y = sorted((ln for ln in p.lines if not ln.rotated), key=lambda ln: -ln.y)
        for ln in by_y[:3]:
            if ln.y > p.height * 0.85:
                cands.append(("top", f"{line_key(ln.text)}@{round(ln.y / 6)}", ln))
        for ln in by_y[-3:]:
            if ln.y < p.height * 0.15 and all(c[2] is not ln for c in cands):
                cands.append(("bottom", f"{line_key(ln.text)}@{round(ln.y / 6)}", ln))
        if n < 3 and by_y:  # two pages repeat little by chance: only the topmost and bottommost text lines count
            ends = (id(by_y[0]), id(by_y[-1]))
            cands = [c for c in cands if c[2].kind == "body" and id(c[2]) in ends or is_page_number(c[2].text)]
        for ln in p.lines:  # text set at an angle in the margin, wherever it sits
            if ln.rotated:
                cands.append(("rotated", f"{line_key(ln.text)}", ln))
        bands.append(cands)
        for b, k, ln in cands:
            counts.update(set(furniture_keys(b, k, ln, p.number)))
    need = max(3, int(0.4 * n)) if n >= 3 else 2
    header = None
    for p, cands in zip(pages, bands):
        for band, key, ln in cands:
            c = max(counts[k] for k in furniture_keys(band, key, ln, p.number))
            if c >= need or (band != "rotated" and is_page_number(ln.text)):
                ln.kind = "furniture"
                if band == "top" and not re.search(r"\d", ln.text) and header is None and c >= need:
                    header = ln.text
    if n == 1:
        ln = _lone_page_header(next(p for p in pages if p.lines))
        if ln is not None:
            ln.kind = "furniture"
            header = header or (None if re.search(r"\d", ln.text) else ln.text)
    layout = _measure(pages, header)
    for p in pages:
        _mark_footnotes(p, layout)
    return layout


def _lone_page_header(p):
    """The running header of a one-page document, where nothing repeats: the top line of the page, in the
    top band, set smaller than the text and cut off from it by a rule ("BRIEF | Export Controls …" over a
    line), or set clearly smaller (< 0.85 ×) than the text. None when there is no such line."""
    body = [ln for ln in p.lines if ln.kind == "body" and not ln.rotated]
    if len(body) < 3:
        return None
    sizes: Counter[float] = Counter()
    for ln in body:
        sizes[round(ln.size * 2) / 2] += len(ln.text)
    text_size = sizes.most_common(1)[0][0]
    top, nxt = sorted(body, key=lambda ln: -ln.y)[:2]
    if top.y < p.height * 0.85 or top.size > text_size - 0.5 or is_page_number(top.text):
        return None
    ruled = any(nxt.y + nxt.size <= (b + t) / 2 <= top.y and l <= top.x1 and r >= top.x0 for l, b, r, t in getattr(p, "rules", ()))
    return top if ruled or top.size < 0.85 * text_size else None


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
    for ln in p.lines:  # a superscript note number that pdfium put on a line of its own
        if ln.kind == "body" and ln.text.isdigit() and len(ln.text) <= 3 and ln.size < 0.8 * layout.body_size:
            ln.kind = "furniture"
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


def _footnotes(p, layout: Layout) -> list[str]:
    notes: list[list[tuple[str, bool]]] = []
    for ln in p.lines:
        if ln.kind != "footnote":
            continue
        text = ln.text[ln.lead_small:] if ln.lead_small else ln.text
        if ln.lead_small or not notes or _FOOTNOTE_START.match(ln.text) and ln.x0 <= min(l.x0 for l in p.lines if l.kind == "footnote") + 1:
            if not ln.lead_small:
                m = _FOOTNOTE_START.match(text)
                text = text[m.end():] if m else text
            notes.append([])
        notes[-1].append((text, _fills(ln, layout.right)))
    joined = (join_lines([t for t, _ in n], layout.lexicon, full=[f for _, f in n]) for n in notes)
    return [t for t in (squeeze_spaces(j) for j in joined) if t]


def _fills(ln, right: float) -> bool:
    """Whether a line runs to the right edge of its column (its last word may go on the next line)."""
    return ln.x1 >= right - (ln.size or 10.0)


def _line_text(ln) -> str:
    """A body line's text without its note markers (set small at its start or end, or raised inside it)."""
    text = ln.text[: len(ln.text) - ln.tail_small] if ln.tail_small else ln.text
    for start, end in sorted(ln.marks, reverse=True):
        if end <= len(text):
            text = text[:start] + text[end:]
    return text[ln.lead_small:].lstrip() if ln.lead_small else text


def _columns(lines, width: float, layout: Layout) -> dict[int, tuple[float, float]]:
    """(left, right) edges of the text column of each body line, by id.

    Left edges further apart than a fifth of the page width are different columns (a paragraph indent
    is not); a column's left edge is its most common line start, its right edge the 90th percentile of
    its line ends. A page with a single column gets the document-wide margins.
    """
    body = [ln for ln in lines if ln.kind == "body"]
    groups = group_starts(sorted({round(ln.x0) for ln in body}), width)
    members_of = [[ln for ln in body if g[0] <= round(ln.x0) <= g[-1]] for g in groups]
    # a column holds a fair share of the lines; centred captions or stray labels do not make one
    real = [m for m in members_of if len(m) >= max(5, 0.15 * len(body))]
    default = {id(ln): (layout.left, layout.right) for ln in body}
    if len(real) <= 1:
        return default
    out = default
    for members in real:
        lefts = Counter(round(ln.x0) for ln in members)
        ends = sorted(ln.x1 for ln in members)
        edge = (lefts.most_common(1)[0][0], ends[int(0.9 * (len(ends) - 1))])
        out.update({id(ln): edge for ln in members})
    return out


def _breaks(prev, ln, layout: Layout, columns: dict[int, tuple[float, float]]) -> bool:
    """Whether line ``ln`` starts a new paragraph after ``prev``."""
    size = ln.size or layout.body_size
    left, _ = columns.get(id(ln), (layout.left, layout.right))
    _, prev_right = columns.get(id(prev), (layout.left, layout.right))
    if abs(ln.size - prev.size) > 0.6:
        return True
    if ln.x0 > left + 0.7 * size:
        return True
    if ln.y <= prev.y and prev.y - ln.y > 1.6 * layout.pitch * (size / layout.body_size):
        return True  # (a line higher than the previous one starts the next column: no gap to read)
    # a line ends its paragraph when the next line's first word would have fitted after it
    # (works for justified and ragged-right text alike)
    return prev_right - prev.x1 > _first_word_width(ln.text, size) + 0.5 * size


def _first_word_width(text: str, size: float) -> float:
    if not text or is_cjk(text[0]):
        return size
    word = text.split(" ", 1)[0]
    return 0.5 * size * len(word)


def link_tables(pages, lex: Lexicon | None = None) -> None:
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
                    prev_rows[-1] = [join_lines([a, b], lex, cjk_latin=True) for a, b in zip(prev_rows[-1], rows.pop(0))]
        prev_page = p


def assemble_page(p, layout: Layout, tables_so_far: list[Table]) -> tuple[Page, list[Table]]:
    """Build one Page (paragraphs joined by blank lines, tables rendered in place) and its Tables."""
    elems: list[tuple[str, object]] = []  # ("para", [lines]) | ("table", index into p.tables)
    seen_tables: set[int] = set()
    columns = _columns(p.lines, p.width, layout)
    body = [ln for ln in p.lines if ln.kind == "body"]
    # a line with another beside it on its baseline (a code and its description) opens a row of its own
    row_starts = {id(a) for a, b in zip(body, body[1:]) if b.x0 > a.x1 and abs(a.y - b.y) <= 0.25 * min(a.size, b.size)}
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
        item = (_line_text(ln), _fills(ln, columns.get(id(ln), (layout.left, layout.right))[1]))
        if prev is None or id(ln) in row_starts or _breaks(prev, ln, layout, columns) or elems[-1][0] != "para":
            elems.append(("para", [item]))
        else:
            elems[-1][1].append(item)
        prev = ln
    paras = [
        (kind, squeeze_spaces(join_lines([t for t, _ in v], layout.lexicon, full=[f for _, f in v])) if kind == "para" else v)
        for kind, v in elems
    ]
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
    return Page(number=p.number, text=text, footnotes=tuple(_footnotes(p, layout)), flags=p.flags), final_tables
