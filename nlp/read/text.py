"""Plain text: rebuild paragraphs, pages and flattened tables (encodings: ``encoding.py``; footnote blocks: ``textnotes.py``; Markdown: ``markdown.py``).

Text often comes out of a PDF: hard-wrapped lines (with blank lines between them), page-number lines,
running headers, tables flattened into whitespace-separated rows. It is cleaned to the same standard as a PDF:
- page numbers ("12", "- 12 -", "第 12 頁", "Page 3 of 9" counting up) and form feeds split the pages; the
  numbers are removed, and so are lines repeated at the top or bottom of many pages (running headers/footers);
- footnotes at the foot of a page (under the footnote rule, which comes out as a line of spaces or of
  underscores) are taken out of the body into the page's footnotes, so the sentence they interrupted
  joins up again;
- wrapped lines are joined (nothing between CJK characters, nor inside a number cut by the wrap; a
  hyphenated word cut at a line end is made whole); a paragraph ends at a short line, at a blank line
  after a sentence end, at a line that ends a sentence with trailing whitespace, before a heading,
  caption or list item;
- a caption "表 x-y-z …" followed by rows with the same number of whitespace-separated cells becomes
  a Table, rendered in place as "caption\\nheader | …\\nrow | …\\nnotes".
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from ..clean import (
    TERMINAL,
    display_width,
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
from ..types import Document, Page, Table
from .encoding import detect_encoding
from .layout import furniture_keys, line_key
from .textnotes import footnote_blocks, strip_markers
from .wordjoin import Lexicon, build_lexicon, join_lines

_LIST_ITEM = re.compile(r"^\s*(?:[-*+•●▪]\s|#{1,6}\s|\d{1,2}[.)、]\s*\S|[（(]\d{1,2}[)）])")

_PAGE_BREAK = "\f"  # a form feed, on a line of its own


def _split_lines(raw: str) -> list[str]:
    """Lines, with each form feed (pdftotext puts one before a page's first line) on a line of its own."""
    out: list[str] = []
    for ln in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        first, *rest = ln.split(_PAGE_BREAK)
        out.append(first)
        for part in rest:
            out += [_PAGE_BREAK, part]
    return out


def _blank(ln: str) -> bool:
    return not ln.strip()  # a form-feed line is blank too


def _page_number_lines(lines: list[str]) -> tuple[set[int], bool]:
    """Indexes of page-number lines, and whether they mark every page.

    Page numbers are the longest increasing run of page-number lines (years such as 2019 excluded):
    three or more; two that count up by one ("- 12 -" or bare numbers set off by blank lines); or a
    single decorated one ("- 12 -", "第 12 頁", "Page 3 of 9") on a line of its own. Decorated numbers are
    tried first. When they step by one they mark page boundaries, otherwise they are stray leftovers to drop.
    """
    cands = [
        (i, v, not ln.strip().isdigit()) for i, ln in enumerate(lines)
        if (v := page_number_value(ln)) is not None and len(ln.strip()) <= 16 and not 1900 <= v <= 2100
    ]

    def isolated(i: int) -> bool:
        return (i == 0 or _blank(lines[i - 1])) and (i + 1 == len(lines) or _blank(lines[i + 1]))

    for pool in ([c for c in cands if c[2]], cands):
        chain = _increasing_chain(pool)
        steps = sorted(b[1] - a[1] for a, b in zip(chain, chain[1:]))
        if (
            len(chain) >= 3
            or (len(chain) == 2 and steps == [1] and all(strong or isolated(i) for i, _, strong in chain))
            or (len(chain) == 1 and chain[0][2] and isolated(chain[0][0]))
        ):
            return {i for i, *_ in chain}, not steps or steps[len(steps) // 2] == 1
    return set(), False


def _increasing_chain(cands: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """The longest run of candidates whose numbers increase down the text."""
    if not cands:
        return []
    best = [1] * len(cands)
    back = [-1] * len(cands)
    for k, (_, v, _) in enumerate(cands):
        for j in range(max(0, k - 300), k):
            if cands[j][1] < v and best[j] + 1 > best[k]:
                best[k], back[k] = best[j] + 1, j
    k = max(range(len(cands)), key=best.__getitem__)
    chain = []
    while k >= 0:
        chain.append(cands[k])
        k = back[k]
    return chain[::-1]


def _running_furniture(lines: list[str], bounds: list[tuple[int, int]]) -> set[int]:
    """Running headers and footers: a block of one or two lines set off by a blank line at the top or the
    bottom of a page whose text recurs there on >= 40 % of the pages (>= 2). As in the PDF reader a line
    repeats with its digits as '#' when one of its numbers follows the page number ("… 第 12 頁"); here it
    also repeats as it is ("Bulletin   July 2024")."""
    pages = [(s, e) for s, e in bounds if any(not _blank(lines[i]) for i in range(s, e))]
    if len(pages) < 2:
        return set()
    cands: list[tuple[int, list[tuple[str, str]]]] = []
    counts: Counter[tuple[str, str]] = Counter()
    for n, (s, e) in enumerate(pages, 1):
        idx = [i for i in range(s, e) if not _blank(lines[i])]
        runs: list[list[int]] = []
        for i in idx:
            if runs and i == runs[-1][-1] + 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        if len(runs) < 2:
            continue
        seen: set[tuple[str, str]] = set()
        for band, run in (("top", runs[0]), ("bottom", runs[-1])):
            if len(run) > 2:
                continue
            for i in run:
                text = lines[i].strip()
                keys = [(band, re.sub(r"\s+", "", text)), *furniture_keys(band, line_key(text), SimpleNamespace(text=text), n)]
                cands.append((i, keys))
                seen.update(keys)
        counts.update(seen)
    need = max(2, math.ceil(0.4 * len(pages)))
    return {i for i, keys in cands if max(counts[k] for k in keys) >= need}


@dataclass
class _Wrapping:
    """How the document's lines are wrapped, for joining them."""

    width: int | None  # the wrap width (CJK counted double) when the text is hard-wrapped
    lexicon: Lexicon | None = None  # the document's words (Latin words cut at line ends)
    # a paragraph's last line ends in whitespace (PDF text), so a full line ending "。" without it runs on
    marked_ends: bool = False
    compounds: set[str] = field(default_factory=set)  # hyphenated words found whole inside lines


def clean_plain_text(raw: str) -> list[tuple[str, list[Table], list[str]]]:
    """Clean plain text into pages of (text, tables, footnotes), page boundaries at form feeds or page numbers."""
    lines = _split_lines(raw)
    numbers, paging = _page_number_lines(lines)
    notes = footnote_blocks(lines)
    # blank, not delete: line indexes stay those of the text (blank lines are not text)
    lines = ["" if i in notes.lines or (i in numbers and not paging) else ln for i, ln in enumerate(lines)]
    lines = strip_markers(lines, notes.numbers, _increasing_chain)
    breaks = sorted({i for i, ln in enumerate(lines) if ln == _PAGE_BREAK} | (numbers if paging else set()))
    bounds = [(a + 1, b) for a, b in zip([-1, *breaks], [*breaks, len(lines)])]
    furniture = _running_furniture(lines, bounds)
    lines = ["" if i in furniture else ln for i, ln in enumerate(lines)]
    body = [ln for i, ln in enumerate(lines) if not _blank(ln) and i not in numbers]
    ends = sum(1 for ln in body if ln != ln.rstrip() and ln.rstrip()[-1:] in TERMINAL)
    wrapping = _Wrapping(
        width=_wrapped_width(body),
        lexicon=build_lexicon([ln.strip() for ln in body]),
        marked_ends=ends >= 1 and sum(1 for ln in body if ln != ln.rstrip()) < 0.5 * len(body),
        compounds={w.lower() for ln in body for w in re.findall(r"(?<![\w-])[A-Za-z]+-[A-Za-z]+(?![\w-])", ln)},
    )
    pages_out: list[tuple[str, list[Table], list[str]]] = []
    for start, end in bounds:
        page_notes = [text for at, text in notes.texts if start <= at < end]
        if any(not _blank(ln) for ln in lines[start:end]) or page_notes:
            pages_out.append((*_clean_page(lines[start:end], wrapping), page_notes))
    return pages_out or [("", [], [])]


def _wrapped_width(lines: list[str]) -> int | None:
    """The wrap width when the text is hard-wrapped (most lines end near one width), else None."""
    widths = sorted(display_width(ln.strip()) for ln in lines if ln.strip())
    if len(widths) < 4:
        return None
    w = widths[int(0.8 * (len(widths) - 1))]
    near = sum(1 for x in widths if x >= 0.85 * w)
    return w if w <= 200 and near >= 0.4 * len(widths) else None


_SENTENCE_END = re.compile(r"[。！？.!?][」』）)”’\"]*$")
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
_HYPHEN_CUT = re.compile(r"(?<![A-Za-z-])([A-Za-z][a-z]+)-$")  # two letters or more: "e-|commerce" is a compound


def _join(parts: list[str], wrapping: _Wrapping) -> str:
    """Wrapped lines as one paragraph (``wordjoin.join_lines``: CJK-aware, the document's Latin word cuts).
    A number cut by the wrap ("並於20|22年") is joined only where the line fills the wrap width (a row of
    figures that merely ends in a number is not cut), and a lowercase word cut after a hyphen
    ("manu-|facturers") is joined without it unless the document spells the hyphenated form, or the halves
    are words it knows and the whole is not ("well-|known")."""
    groups: list[list[str]] = [[]]  # join_lines within a group; a space between groups
    lex = wrapping.lexicon
    for part in (p.strip() for p in parts):
        if not part:
            continue
        prev = groups[-1][-1] if groups[-1] else ""
        a = _HYPHEN_CUT.search(prev) if prev else None
        b = re.match(r"[a-z]+", part) if a else None
        if a and b:
            left, right = a.group(1), b.group()
            compound = f"{left}-{right}".lower() in wrapping.compounds or (
                lex is not None and lex.known(left) and lex.known(right) and not lex.known(left + right)
            )
            if not compound:
                groups[-1][-1] = prev[:-1] + part
                continue
        if prev[-1:].isdigit() and part[0].isdigit():
            full = wrapping.width is not None and display_width(prev) >= 0.9 * wrapping.width
            if not (full and (_HAN.search(prev[-8:]) or _HAN.search(part[:8]))):
                groups.append([])
        groups[-1].append(part)
    return " ".join(join_lines(g, lex) for g in groups if g)


def _clean_page(lines: list[str], wrapping: _Wrapping) -> tuple[str, list[Table]]:
    items: list[tuple[str, bool, bool]] = []  # (line, trailing whitespace, blank line before)
    gap = False
    for ln in lines:
        if _blank(ln):
            gap = True
            continue
        items.append((ln, ln != ln.rstrip(), gap))
        gap = False
    wrap = wrapping.width
    paras: list[str | Table] = []
    cur: list[str] = []

    def flush() -> None:
        if cur:
            paras.append(squeeze_spaces(_join(cur, wrapping)))
            cur.clear()

    i, sentence_end = 0, False
    while i < len(items):
        text, trailing, gap = items[i][0].strip(), items[i][1], items[i][2]
        piped, used = _pipe_table(items, i)
        if piped is not None:  # "產品 | 涉案國 | 措施 | 稅率 | 生效日" over rows of as many cells
            flush()
            paras.append(piped)
            i += used
            continue
        if is_table_caption(text):
            # "表1：巴西纯电动车进口关税阶梯" over a table written with pipes: the caption of that table
            piped, used = _pipe_table(items, i + 1) if i + 1 < len(items) else (None, 0)
            if piped is not None:
                flush()
                paras.append(Table(**{**piped.__dict__, "caption": text}))
                i += 1 + used
                continue
            table, used = _flat_table(items, i)
            if table is not None:
                flush()
                paras.append(table)
                i += used
                continue
        # a blank line ends the paragraph after a sentence end, unless the text marks paragraph ends with
        # trailing whitespace (PDF text: a full line that ends "。" without it runs on)
        if is_heading(text) or _LIST_ITEM.match(text) or is_note(text) or (gap and sentence_end and not wrapping.marked_ends):
            flush()
        cur.append(text)
        short = wrap is not None and display_width(text) < 0.8 * wrap
        sentence_end = _SENTENCE_END.search(text) is not None
        if wrap is None or short or (trailing and text[-1:] in "。！？：；」』）.!?:") or is_heading(text):
            flush()
        i += 1
    flush()
    return render_blocks(paras)


_PIPE_DELIMITER = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")


def _pipe_cells(line: str) -> list[str]:
    s = line.strip().replace("｜", "|")  # a full-width bar separates cells too ("越南｜其他廠商｜12.65%")
    s = s[1:] if s.startswith("|") else s
    s = s[:-1] if s.endswith("|") else s
    return [squeeze_spaces(c.strip()) for c in s.split("|")]


def _pipe_table(items: list[tuple[str, bool, bool]], i: int) -> tuple[Table | None, int]:
    """A table written with pipes in plain text: a header line of 3+ cells, then lines of as many cells with no
    blank line between (a "---|---" delimiter line is skipped): (table, lines used) or (None, 0)."""
    header = _pipe_cells(items[i][0])
    if items[i][0].replace("｜", "|").count("|") < 2 or len(header) < 3 or not all(header):
        return None, 0
    rows: list[tuple[str, ...]] = []
    k = i + 1
    while k < len(items) and not items[k][2] and ("|" in items[k][0] or "｜" in items[k][0]):
        line = items[k][0].strip()
        if not _PIPE_DELIMITER.match(line):
            cells = _pipe_cells(line)
            if len(cells) != len(header):
                break
            rows.append(tuple(cells))
        k += 1
    if not rows:
        return None, 0
    return Table(page=0, caption=None, header=(tuple(header),), rows=tuple(rows)), k - i


def _flat_table(items: list[tuple[str, bool, bool]], i: int) -> tuple[Table | None, int]:
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
        if is_table_caption(t) or is_heading(t) or is_note(t) or (display_width(t) > 60 and t.endswith("。") and "  " not in t):
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


def render_blocks(paras: list[str | Table]) -> tuple[str, list[Table]]:
    """Page text from paragraphs and tables ("\\n\\n" between blocks); tables get their offsets in it."""
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
    """Read a .txt/.md file into a Document (pages at form feeds or page-number lines; Markdown as one page)."""
    decoded, encoding = detect_encoding(path.read_bytes(), str(path))
    fields, raw = read_header(decoded)
    markdown = path.suffix.lower() == ".md"
    if markdown:
        from .markdown import clean_markdown, strip_inline

        cleaned = clean_markdown(raw)
    else:
        cleaned = clean_plain_text(raw)
    pages: list[Page] = []
    tables: list[Table] = []
    for n, (text, page_tables, notes) in enumerate(cleaned, 1):
        pages.append(Page(number=n, text=text, footnotes=tuple(notes)))
        tables += [Table(**{**t.__dict__, "page": n}) for t in page_tables]
    title = next((fields[k] for k in _TITLE_KEYS if fields.get(k)), None)
    title = title or next((ln.strip(" #\t\u3000\f") for ln in raw.splitlines() if ln.strip(" #\t\u3000\f")), path.stem)
    title = re.sub(r"[ \t]{2,}", " ", strip_inline(title, urls=False) if markdown else title)  # a header's columns of spaces
    if is_page_number(title):
        title = path.stem
    meta: dict = {"header": fields} if fields else {}
    if encoding not in ("utf-8", "utf-8-sig"):
        meta["encoding"] = encoding
    return Document(
        doc_id=sha256[:16], path=str(path), title=title[:200], pages=tuple(pages), tables=tuple(tables), sha256=sha256,
        date=_header_date(fields), meta=meta,
    )
