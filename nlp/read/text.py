"""Plain text and Markdown: detect the encoding, rebuild paragraphs, pages and flattened tables.

Text often comes out of a PDF: hard-wrapped lines (with blank lines between them), page-number lines,
tables flattened into whitespace-separated rows. It is cleaned to the same standard as a PDF:
- page-number lines (bare numbers counting up through the file) are removed and split the pages;
- footnotes at the foot of a page (under the footnote rule, which comes out as a line of spaces or of
  underscores) are taken out of the body into the page's footnotes, so the sentence they interrupted
  joins up again;
- wrapped lines are joined (nothing between CJK characters); a paragraph ends at a short line, at a
  line that ends a sentence with trailing whitespace, before a heading, caption or list item;
- a caption "表 x-y-z …" followed by rows with the same number of whitespace-separated cells becomes
  a Table, rendered in place as "caption\\nheader | …\\nrow | …\\nnotes".
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..clean import (
    is_heading,
    is_note,
    is_page_number,
    is_table_caption,
    join_fragments,
    page_number_value,
    render_row,
    split_cells,
    squeeze_spaces,
)
from ..errors import UnreadableFile
from ..types import Document, Page, Table

ENCODINGS = ("utf-8-sig", "gb18030", "big5")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•●▪]\s|#{1,6}\s|\d{1,2}[.)、]\s*\S|[（(]\d{1,2}[)）])")


def decode_bytes(data: bytes, path: str) -> str:
    """Decode text bytes: UTF-8, then Big5 or GB18030 (whichever decodes with fewer rare characters)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        for enc in ("utf-16",):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                pass
        raise UnreadableFile(path, "binary data, not text", "give a text file (UTF-8, Big5 or GB18030)")
    decoded = []
    for enc in ("big5", "gb18030"):
        try:
            decoded.append((_oddness(data.decode(enc)), enc, data.decode(enc)))
        except UnicodeDecodeError:
            continue
    if decoded:
        return min(decoded)[2]
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # detection is best effort; failure is reported below
        best = None
    if best is None or best.percent_chaos > 0.2:
        raise UnreadableFile(path, "cannot decode the text (not UTF-8, Big5 or GB18030)", "re-save it as UTF-8")
    return str(best)


def _oddness(text: str) -> float:
    """Share of characters outside common CJK/ASCII/punctuation (wrong codecs decode into rare ones)."""
    sample = text[:20000]
    if not sample:
        return 0.0
    odd = sum(1 for c in sample if not (c.isascii() or "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef") or unicodedata.category(c) == "Co")
    return odd / len(sample)


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _page_number_lines(lines: list[str]) -> tuple[set[int], bool]:
    """Indexes of page-number lines, and whether they mark every page.

    Page numbers are the longest increasing run of bare-number lines (years such as 2019 excluded);
    when they step by one they mark page boundaries, otherwise they are stray leftovers to drop.
    """
    cands = [
        (i, v) for i, ln in enumerate(lines)
        if (v := page_number_value(ln)) is not None and len(ln.strip()) <= 8 and not 1900 <= v <= 2100
    ]
    if len(cands) < 3:
        return set(), False
    best = [1] * len(cands)
    back = [-1] * len(cands)
    for k, (_, v) in enumerate(cands):
        for j in range(max(0, k - 300), k):
            if cands[j][1] < v and best[j] + 1 > best[k]:
                best[k], back[k] = best[j] + 1, j
    k = max(range(len(cands)), key=best.__getitem__)
    if best[k] < 3:
        return set(), False
    chain = []
    while k >= 0:
        chain.append(cands[k])
        k = back[k]
    chain.reverse()
    steps = sorted(b[1] - a[1] for a, b in zip(chain, chain[1:]))
    return {i for i, _ in chain}, steps[len(steps) // 2] == 1


def clean_plain_text(raw: str) -> list[tuple[str, list[Table], list[str]]]:
    """Clean plain text into pages of (text, tables, footnotes), page boundaries at form feeds or page numbers."""
    pages_out: list[tuple[str, list[Table], list[str]]] = []
    for chunk in raw.split("\f"):
        lines = chunk.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        numbers, paging = _page_number_lines(lines)
        notes = _footnotes(lines)
        # blank, not delete: line indexes stay those of the chunk (blank lines are not text)
        lines = ["" if i in notes.lines or (i in numbers and not paging) else ln for i, ln in enumerate(lines)]
        wrap = _wrapped_width([ln for i, ln in enumerate(lines) if i not in numbers])
        start = 0
        for i in (sorted(numbers) if paging else []) + [len(lines)]:
            page_lines = lines[start:i]
            page_notes = [text for at, text in notes.texts if start <= at < i]
            start = i + 1
            if any(ln.strip() for ln in page_lines) or page_notes:
                pages_out.append((*_clean_page(page_lines, wrap), page_notes))
    return pages_out or [("", [], [])]


_RULE = re.compile(r"^(?:[ \t\u3000]{10,}|[ \t]*[_─━―]{8,}[ \t]*)$")  # a footnote rule, as text (not "---": Markdown)
_NOTE_START = re.compile(r"^(\d{1,3})(?:\s+|(?=[^\d\s.,%．、)）]))\S")  # "8 James Lewis (2020)…", "12「看好…」"
_BODY_AGAIN = re.compile(r"^[ \t\u3000]+\S")  # a PDF's text starts each page's first body line indented
MAX_NOTE_LINES = 40
MAX_TAIL_LINES = 3  # lines of a note carried over from the previous page's foot


@dataclass
class _Notes:
    lines: set[int]  # every line of a footnote block, the rule included
    texts: list[tuple[int, str]]  # (line of the note's start, its text without the number)


def _footnotes(lines: list[str]) -> _Notes:
    """The footnote blocks of text taken from a PDF: a rule line, then notes numbered in sequence ("7 Reuters
    (2019)…", "8 …") with their wrapped lines, up to the next page's first body line, which comes out
    indented, or a page number. A block may open with the tail (up to MAX_TAIL_LINES lines) of the previous
    page's last note. A block that never ends within MAX_NOTE_LINES lines, or opens with more unnumbered
    lines, or with any when no note came before, is left as text."""
    out = _Notes(set(), [])
    last = 0  # number of the previous note
    for r, rule in enumerate(lines):
        if not _RULE.match(rule) or r in out.lines:
            continue
        block = [j for j in range(r + 1, min(len(lines), r + 3 * MAX_NOTE_LINES)) if lines[j].strip()]
        end = next((n for n, j in enumerate(block)  # the page-number lines include those of _page_number_lines
                    if _BODY_AGAIN.match(lines[j]) or is_page_number(lines[j]) or _RULE.match(lines[j])), None)
        if end is None or end == 0 or end > MAX_NOTE_LINES:
            continue
        notes: list[tuple[int, list[str]]] = []
        tail: list[str] = []  # the end of the previous page's last note
        n_now = last
        for j in block[:end]:
            m = _NOTE_START.match(lines[j].strip())
            first = not notes and (not out.texts or int(m.group(1)) == 1) if m else False
            if m and (int(m.group(1)) == n_now + 1 or first):  # the notes count up (or start, or restart at 1)
                n_now = int(m.group(1))
                notes.append((j, [lines[j].strip()[m.end(1):]]))
            elif notes:
                notes[-1][1].append(lines[j])
            elif out.texts and len(tail) < MAX_TAIL_LINES:
                tail.append(lines[j])
            else:  # text under a line of spaces that is no note: not a footnote block
                break
        else:
            last = n_now
            out.lines.update([r, *block[:end]])
            if tail:
                at, text = out.texts[-1]
                out.texts[-1] = (at, _note_text([text, *tail]))
            out.texts.extend((j, _note_text(parts)) for j, parts in notes)
    return out


def _note_text(parts: list[str]) -> str:
    """A note's lines joined, without the repeated link lines a PDF's hyperlinks leave under it."""
    kept: list[str] = []
    for p in (p.strip() for p in parts):
        if p.startswith(("http://", "https://")) and p[:40].replace(" ", "") in "".join(kept).replace(" ", ""):
            continue
        kept.append(p)
    return squeeze_spaces(join_fragments(kept))


def _wrapped_width(lines: list[str]) -> int | None:
    """The wrap width when the text is hard-wrapped (most lines end near one width), else None."""
    widths = sorted(_width(ln.strip()) for ln in lines if ln.strip())
    if len(widths) < 4:
        return None
    w = widths[int(0.8 * (len(widths) - 1))]
    near = sum(1 for x in widths if x >= 0.85 * w)
    return w if w <= 200 and near >= 0.4 * len(widths) else None


def _clean_page(lines: list[str], wrap: int | None) -> tuple[str, list[Table]]:
    items = [(ln.rstrip("\n"), ln != ln.rstrip()) for ln in lines if ln.strip()]
    paras: list[str | Table] = []
    cur: list[str] = []

    def flush() -> None:
        if cur:
            paras.append(squeeze_spaces(join_fragments(cur)))
            cur.clear()

    i = 0
    while i < len(items):
        text, trailing = items[i][0].strip(), items[i][1]
        if is_table_caption(text):
            table, used = _flat_table(items, i)
            if table is not None:
                flush()
                paras.append(table)
                i += used
                continue
        if is_heading(text) or _LIST_ITEM.match(text) or is_note(text):
            flush()
        cur.append(text)
        short = wrap is not None and _width(text) < 0.8 * wrap
        ends = text[-1:] in "。！？：；」』）.!?:"
        if wrap is None or short or (trailing and ends) or is_heading(text):
            flush()
        i += 1
    flush()
    return _render(paras)


def _flat_table(items: list[tuple[str, bool]], i: int) -> tuple[Table | None, int]:
    """A flattened table starting at caption line ``i``: (table, lines used) or (None, 0)."""
    caption = [items[i][0].strip()]
    j = i + 1
    nxt = [items[k][0].strip() for k in range(j, min(j + 3, len(items)))]
    # prose that happens to start with "表 2 …": the next lines run on into a sentence
    if nxt and "  " not in items[i][0].strip() and any(t.endswith("。") and not re.search(r"\s{2,}", t) for t in nxt[:2]):
        return None, 0
    # a caption that wraps: a short continuation line without cell gaps
    if j < len(items) and not re.search(r"\s{2,}", items[j][0].strip()) and len(items[j][0].strip()) <= 20 and not is_note(items[j][0]):
        caption.append(items[j][0].strip())
        j += 1
    region: list[list[str]] = []
    k = j
    while k < len(items) and k - j < 400:
        t = items[k][0].strip()
        if is_table_caption(t) or is_heading(t) or is_note(t) or (_width(t) > 60 and t.endswith("。") and "  " not in t):
            break
        region.append(split_cells(t))
        k += 1
    counts = Counter(len(c) for c in region if len(c) >= 2)
    if not counts:
        return None, 0
    n = counts.most_common(1)[0][0]
    first = next(x for x, c in enumerate(region) if len(c) == n)
    last = max(x for x, c in enumerate(region) if len(c) == n)
    if sum(1 for c in region[first : last + 1] if len(c) == n) < 2:
        return None, 0
    header = [c for c in region[:first]]
    rows = [c for c in region[first : last + 1]]
    used_to = j + last + 1
    notes: list[str] = []
    while used_to < len(items) and is_note(items[used_to][0].strip()):
        notes.append(squeeze_spaces(items[used_to][0].strip()))
        used_to += 1
    table = Table(
        page=0, caption=squeeze_spaces(join_fragments(caption)),
        header=tuple(tuple(h) for h in header), rows=tuple(tuple(r) for r in rows), notes=tuple(notes),
    )
    return table, used_to - i


def _render(paras: list[str | Table]) -> tuple[str, list[Table]]:
    text, tables = "", []
    for p in paras:
        if text:
            text += "\n\n"
        if isinstance(p, Table):
            block = "\n".join(
                ([p.caption] if p.caption else []) + [render_row(r) for r in (*p.header, *p.rows)] + list(p.notes)
            )
            tables.append(Table(**{**p.__dict__, "start": len(text), "end": len(text) + len(block)}))
            text += block
        else:
            text += p
    return text, tables


# YAML front matter of Markdown posts, and "key: value" header lines of scraped news items.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_HEADER_LINE = re.compile(r"^(title|time|date|source|url|link|author|published|標題|标题|時間|时间|日期|來源|来源)\s*[:：]\s*(.*)$", re.I)
# Which header field dates the document itself: the original publication before a re-post's own date.
_DATE_KEYS = ("original_published", "published", "publication_date", "date", "time", "日期", "時間", "时间")
_TITLE_KEYS = ("title", "標題", "标题")


def read_header(raw: str) -> tuple[dict[str, str], str]:
    """(fields, body): a Markdown front matter is taken out of the body; scraped "title:/time:" header
    lines stay in it (they hold the headline) but are read as fields too."""
    fields: dict[str, str] = {}
    m = _FRONT_MATTER.match(raw)
    if m:
        for line in m.group(1).splitlines():
            key, sep, value = line.partition(":")
            if sep and key.strip() and not key.startswith((" ", "\t", "-")):
                fields[key.strip().lower()] = value.strip().strip("\"'")
        return fields, raw[m.end():]
    for line in raw.lstrip("\ufeff").splitlines()[:8]:
        h = _HEADER_LINE.match(line.strip())
        if not h:
            break
        fields.setdefault(h.group(1).lower(), h.group(2).strip())
    return fields, raw


def _header_date(fields: dict[str, str]) -> str | None:
    from ..normalize.dates import parse_date

    for key in _DATE_KEYS:
        d = parse_date(fields.get(key, "")) if fields.get(key) else None
        if d is not None:
            return d.iso
    return None


def read_text(path: Path, sha256: str) -> Document:
    """Read a .txt/.md file into a Document (pages at form feeds or page-number lines)."""
    fields, raw = read_header(decode_bytes(path.read_bytes(), str(path)))
    pages: list[Page] = []
    tables: list[Table] = []
    for n, (text, page_tables, notes) in enumerate(clean_plain_text(raw), 1):
        pages.append(Page(number=n, text=text, footnotes=tuple(notes)))
        tables += [Table(**{**t.__dict__, "page": n}) for t in page_tables]
    title = next((fields[k] for k in _TITLE_KEYS if fields.get(k)), None)
    title = title or next((ln.strip(" #\t\u3000") for ln in raw.splitlines() if ln.strip(" #\t\u3000")), path.stem)
    if is_page_number(title):
        title = path.stem
    return Document(
        doc_id=sha256[:16], path=str(path), title=title[:200], pages=tuple(pages), tables=tuple(tables), sha256=sha256,
        date=_header_date(fields), meta={"header": fields} if fields else {},
    )
