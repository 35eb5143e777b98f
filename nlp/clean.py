"""Text cleaning shared by every reader: CJK-aware line joins, stray spaces, page numbers, tables.

Rules are about scripts and layout, never about particular documents:
- a line break (or a space) between two CJK characters is an artefact of wrapping/justification;
- a space between Latin words is kept; a break between Latin words becomes a space;
- page numbers are bare numbers (or "第 N 頁", "Page N", "- N -") that count up page after page;
- a table is a caption ("表 2-1-1 …", "Table 3 …") followed by rows of the same number of cells.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from .types import Table

# CJK ideographs, kana, CJK symbols and punctuation, fullwidth forms.
CJK_CLASS = "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
_CJK = re.compile(f"[{CJK_CLASS}]")
_CJK_SPACE = re.compile(f"(?<=[{CJK_CLASS}])[ \t\u00a0\u3000]+(?=[{CJK_CLASS}])")
_SPACES = re.compile(r"[ \t\u00a0]+")
_GARBLE = re.compile(r"\(cid:\d+\)|\ufffd|[\ue000-\uf8ff]")

PAGE_NUMBER = re.compile(
    r"^[-–—~\s]*(?:第\s*)?(?:\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})(?:\s*頁)?[-–—~\s]*$"
    r"|^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^\d{1,4}\s*/\s*\d{1,4}$",
    re.IGNORECASE,
)
CAPTION = re.compile(r"^\s*(?:表|圖|图|Table|Figure|Fig\.)\s*[0-9０-９一二三四五六七八九十A-Z]+(?:[-–.．]\s*[0-9０-９]+)*", re.IGNORECASE)
NOTE = re.compile(r"^\s*(?:說\s*明|说\s*明|註|注|資料來源|资料来源|來源|来源|Sources?|Notes?)\s*[:：\d]", re.IGNORECASE)
HEADING = re.compile(
    r"^\s*(?:#{1,6}\s+\S"  # Markdown
    r"|第\s*[一二三四五六七八九十百零〇0-9]+\s*[篇章節节部]"
    r"|[一二三四五六七八九十壹貳贰參叁肆伍陸陆柒捌玖拾]+、"
    r"|[（(][一二三四五六七八九十]+[)）]"
    r"|(?:chapter|section|part)\s+[0-9ivx]+\b"
    r"|(?-i:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+[A-Z])"
    r"|(?-i:(?:[A-H]|[IVX]{1,4})\.\s+[A-Z][a-z])"  # "B. Determination on Appropriate Action", "IV. Findings"
    r"|(?-i:[A-Z][A-Z0-9,&'-]+(?: [A-Z0-9,&'-]+)+:?$|[A-Z]{3,}:$))",  # "SUPPLEMENTARY INFORMATION:", "ANNEX B"
    re.IGNORECASE,
)
TERMINAL = "。！？；：.!?;:」』）)”"


def display_width(s: str) -> int:
    """Display width: a wide or fullwidth (East Asian) character counts as two Latin ones."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def is_cjk(ch: str) -> bool:
    """True for a CJK ideograph, kana, CJK punctuation or fullwidth form."""
    return bool(ch) and _CJK.match(ch) is not None


_NUMBERED = re.compile(r"第\s*[一二三四五六七八九十百零〇0-9]+\s*[篇章節节部條条款]$")


def _heading_start(text: str, pos: int) -> bool:
    """Whether the 第…章/節 before ``pos`` opens its line."""
    line_start = text.rfind("\n", 0, pos) + 1
    return text[line_start:pos].lstrip().startswith("第")


def _cjk_space(m: re.Match) -> str:
    # keep the space after a heading number ("第二節 計畫架構"); drop the others
    return " " if _NUMBERED.search(m.string[max(0, m.start() - 12) : m.start()]) and _heading_start(m.string, m.start()) else ""


def squeeze_spaces(text: str) -> str:
    """Collapse runs of spaces and drop spaces between two CJK characters (justification artefacts)."""
    return _CJK_SPACE.sub(_cjk_space, _SPACES.sub(" ", text)).strip()


def join_fragments(parts: Sequence[str]) -> str:
    """Join wrapped lines: nothing between CJK characters, one space between Latin words."""
    out = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if not out:
            out = part
        elif is_cjk(out[-1]) or is_cjk(part[0]):
            out += part
        elif out.endswith(("-", "/")) and len(out) > 1 and out[-2].isalnum():
            out += part  # a compound or URL broken after its hyphen/slash keeps it, with no space
        else:
            out += " " + part
    return out


def flag_garbled(text: str) -> bool:
    """True when a page's text is mostly glyph ids, replacement or private-use characters."""
    if _GARBLE.search(text) is None:
        return False
    chars = len(text) - sum(text.count(c) for c in " \t\n\u3000")
    if chars <= 0:
        return False
    bad = sum(len(m.group()) for m in _GARBLE.finditer(text))
    return bad / chars > 0.1


def is_page_number(line: str) -> bool:
    """True for a line that is only a page number ("12", "- 12 -", "第 12 頁", "Page 3 of 9", "iv")."""
    return PAGE_NUMBER.match(line.strip()) is not None


def page_number_value(line: str) -> int | None:
    """The arabic number in a page-number line, if any."""
    m = re.search(r"\d{1,4}", line)
    return int(m.group()) if m and is_page_number(line) else None


def is_caption(text: str) -> bool:
    """True for a table/figure caption such as "表 2-1-1 美國…" or "Table 3. Tariffs"."""
    return CAPTION.match(text) is not None


def is_table_caption(text: str) -> bool:
    """True for a table caption (not a figure, not a sentence that starts with "表 1 …")."""
    t = text.strip()
    return (
        is_caption(t) and re.match(r"^(?:表|Table)", t, re.IGNORECASE) is not None
        and len(t) <= 100 and "。" not in t and not t.endswith((".", "，", ","))
    )


def is_note(text: str) -> bool:
    """True for a table note line (說明：…, 資料來源：…, Source: …)."""
    return NOTE.match(text) is not None


def is_heading(text: str) -> bool:
    """True for a section heading line (第二章 …, 第一節 …, 一、…, (一) …, 2.1 Title, Chapter 3)."""
    t = text.strip()
    return len(t) <= 60 and HEADING.match(t) is not None and not t.endswith(("。", "；", "，", ".", ";", ","))


def split_header(rows: list[list[str]]) -> tuple[list[list[str]], list[list[str]]]:
    """Split table rows into header rows and data rows: leading rows without digits are the header."""
    if len(rows) < 2:
        return [], rows
    has_digits = [any(re.search(r"\d", c) for c in r) for r in rows]
    n = 0
    while n < min(6, len(rows) - 1) and not has_digits[n]:
        n += 1
    if n == 0 or not any(has_digits[n:]):
        n = 1
    return rows[:n], rows[n:]


def render_row(cells: Sequence[str]) -> str:
    """One row as a readable line: cells separated by " | ", empty cells at the end left out."""
    cells = list(cells)
    while cells and not cells[-1].strip():
        cells.pop()
    return " | ".join(cells)


def render_rows(rows: Sequence[Sequence[str]]) -> str:
    """Rows as readable lines, one per row (see ``render_row``)."""
    return "\n".join(render_row(r) for r in rows)


def render_table(table: Table) -> str:
    """A table as text: caption, header and data rows one per line, then its notes."""
    parts = [table.caption] if table.caption else []
    body = render_rows([*table.header, *table.rows])
    if body:
        parts.append(body)
    parts += list(table.notes)
    return "\n".join(parts)


def split_cells(line: str) -> list[str]:
    """Cells of a flattened table row: split on runs of 2+ spaces, then on single spaces between values."""
    line = line.strip()
    chunks = [c for c in re.split(r"\s{2,}|\t|\u3000", line) if c]
    cells: list[str] = []
    for c in chunks:
        # "2018/7/6 340 818 25 已實施": single spaces separate values unless they sit between CJK and a number
        # inside one label ("第 1 輪", "2,000 億")
        toks = c.split(" ")
        cur = ""
        for tok in toks:
            if not cur:
                cur = tok
            elif _glues(cur, tok):
                cur += " " + tok
            else:
                cells.append(cur)
                cur = tok
        if cur:
            cells.append(cur)
    return cells


def _glues(left: str, right: str) -> bool:
    """Whether a single space joins two tokens of one cell ("第 1 輪") rather than separating cells."""
    if re.fullmatch(r"[第前後后]", left[-1:]) and re.match(r"\d", right):
        return True
    if re.search(r"(?:^|[^\d,./%])\d{1,3}$", left) and re.match(f"[{CJK_CLASS}]", right) and len(right) <= 2:
        return bool(re.search(f"[{CJK_CLASS}]", left))  # "第 1" + "輪"
    return False
