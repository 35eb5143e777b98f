"""Tables a reader left as running text: "表 2-1-5 …" then "時間國籍外資企業…狀態 2018/10 日本 Panasonic 家電越南已遷廠 …".

Multi-column or unruled tables in PDFs often come out as one paragraph with the cells glued together. After
a caption that no reader table claims, rows are cut at the dates that start them; glued cells are split at
what can be recognised in them (a status word at the end, country names, NIL), and the header words give
the columns as for any table. Every row keeps its exact span in the page text; a region may run on into
the next page.
"""
from __future__ import annotations

import re

from ..normalize.names import find_names
from ..types import Event, Table
from .tables import _ROLE_RX, _Row, row_events

_CAPTION = re.compile(r"(?<!如)(?<!見)(?<!见)(?<!據)(?<!据)(?<!於)(?<!于)表\s*\d+(?:\s*[-－–]\s*\d+)*\s+(?P<cap>[^\n。]{2,80}?(?:[）)]|(?=\n)|(?=\s*(?:時間|日期|項目|年份))))")
_END = re.compile(r"資料來源|资料来源|說\s*明\s*[：:]|说\s*明\s*[：:]|註\s*[：:]|Source\s*:|表\s*\d+(?:\s*[-－–]\s*\d+)+\s|圖\s*\d+(?:\s*[-－–]\s*\d+)+\s")
_ROW_START = re.compile(r"(?<![\d/])(?:19|20)\d{2}/\d{1,2}(?:/\d{1,2})?(?![\d/])|(?:第|前)\s*\d+\s*(?:輪|轮|批)")
_STATUS_TAIL = re.compile(r"(已遷廠|已迁厂|已撤廠|已撤出|考慮中|考虑中|已實施|已实施|計畫中|计划中|規劃中|规划中|暫停|暂停|已完成)$")
_MAX_REGION = 12000


def flat_table_events(doc_id: str, pages: list[tuple[int, str]], claimed: set[str],
                      skip: dict[int, list[tuple[int, int]]]) -> list[Event]:
    """Events from captioned tables flattened into page text; ``claimed`` are captions readers already parsed."""
    texts = dict(pages)
    order = [n for n, _ in pages]
    out: list[Event] = []
    for idx, (n, text) in enumerate(pages):
        for m in _CAPTION.finditer(text):
            cap = re.sub(r"\s+", "", m.group(0))
            if any(cap[:12] == re.sub(r"\s+", "", c)[:12] for c in claimed):
                continue
            if any(a <= m.start() < b for a, b in skip.get(n, [])):
                continue
            segs = _region(order, texts, idx, m.end())
            header, rows = _rows(segs, texts)
            if len(rows) < 2 or not _ROLE_RX.search(header):
                continue
            table = Table(page=n, caption=re.sub(r"\s+", " ", m.group(0)).strip(), header=(), rows=())
            out += row_events(doc_id, table, header, rows, texts)
    return out


def _region(order: list[int], texts: dict[int, str], idx: int, start: int) -> list[tuple[int, int, int]]:
    """(page, start, end) pieces of the table's text: up to a note/source line or the next caption."""
    segs, budget, k, pos = [], _MAX_REGION, idx, start
    while k < len(order) and budget > 0:
        text = texts[order[k]]
        e = _END.search(text, pos)
        stop = e.start() if e else len(text)
        stop = min(stop, pos + budget)
        segs.append((order[k], pos, stop))
        budget -= stop - pos
        if e or stop < len(text):
            break
        k, pos = k + 1, 0
    return segs


def _rows(segs: list[tuple[int, int, int]], texts: dict[int, str]) -> tuple[str, list[_Row]]:
    """Header text (before the first row start) and rows cut at row starts, each with its page span."""
    header_parts: list[str] = []
    rows: list[_Row] = []
    for page, a, b in segs:
        text = texts[page]
        starts = [m.start() for m in _ROW_START.finditer(text, a, b)]
        if not rows:
            header_parts.append(text[a:starts[0] if starts else b])
        elif starts and text[a:starts[0]].strip():
            # a row that runs on over the page break: its tail becomes part of the row (without a span)
            rows[-1].tokens.extend(_tokens(text[a:starts[0]]))
        for i, s0 in enumerate(starts):
            e0 = starts[i + 1] if i + 1 < len(starts) else b
            while e0 > s0 and text[e0 - 1].isspace():
                e0 -= 1
            rows.append(_Row(_tokens(text[s0:e0]), [], span=(page, s0, e0)))
    return " ".join(header_parts), rows


def _tokens(chunk: str) -> list[str]:
    """Split glued cells: whitespace, then a trailing status word, country names (a "、" list stays one) and NIL."""
    out: list[str] = []
    for tok in chunk.split():
        parts = []
        st = _STATUS_TAIL.search(tok)
        tail = None
        if st and st.start() > 0:
            tok, tail = tok[:st.start()], st.group()
        cuts = set()
        for n in find_names(tok):
            if n.kind == "country":
                cuts.update((n.start, n.end))
        for m in re.finditer(r"NIL", tok):
            cuts.update((m.start(), m.end()))
        pos = 0
        for c in sorted(cuts) + [len(tok)]:
            if c > pos:
                parts.append(tok[pos:c])
                pos = c
        merged: list[str] = []
        for p in parts:
            if merged and (p.startswith("、") or merged[-1].endswith("、")):
                merged[-1] += p
            else:
                merged.append(p)
        out += [p for p in merged if p]
        if tail:
            out.append(tail)
    return out
