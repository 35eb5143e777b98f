"""Document -> Passage[]: pages -> paragraphs -> sentence-aware passages of roughly 150-400 characters.

Passages never cut a sentence (one over-long sentence is a passage of its own), never cross a heading,
a table or a page, and keep char offsets into ``Page.text`` (``text == page.text[start:end]``). Each
table rendered in a page is one passage of kind "table". Ids are ``{doc_id}-{seq:05d}``: the same
content gives the same ids.
"""
from __future__ import annotations

import re

from .clean import is_heading
from .types import Document, Passage

MIN_CHARS, MAX_CHARS = 150, 400
# A sentence ends at 。！？； (plus closing quotes/brackets), at !?; and at a period before a space and a
# capital/quote/bracket or the end (so "4.0", "U.S. rules" and "e.g. this" stay whole), unless the period
# closes an abbreviation (ABBREV: "The U.S. Trade Representative", "Dec. 3", "No. 13").
_SENT_END = re.compile(r"[。！？；!?;]+[」』”’）)\]]*|\.(?=[\s]+[A-Z\"“(（]|\s*$)[\"”’)]*")
ABBREV = re.compile(r"(?:\b(?:[A-Z]\.)+|\b(?:No|Nos|Co|Ltd|Inc|Corp|Pvt|Pte|Bhd|Sdn|Mfg|Intl|Dept|Jr|Sr|Sen|Rep|Gov|Mr|Ms|Dr|St|vs|etc|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug"
                    r"|Sep|Sept|Oct|Nov|Dec)\.)$")
_PARA = re.compile(r"\n\s*\n")
# A metadata line: "**Published:** February 05, 2021", "Document Number: 2021-06625" (a key of 1-4 capitalised
# words, a short value).
_META = re.compile(r"[ \t]*(?:\*\*|__)?[A-Z][A-Za-z]*(?: [A-Z][A-Za-z]*){0,3}:(?:\*\*|__)?[ \t]+\S[^\n]{0,100}")


_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_script(text: str, chinese: str | None = None) -> str:
    """Script of a text: en, zh-Hant, zh-Hans or mixed (Latin letters outnumber CJK characters 2:1).

    ``chinese`` is a known zh-Hant/zh-Hans verdict for the surrounding page (saves the conversion test).
    """
    cjk = len(_HAN.findall(text))
    if cjk == 0:
        return "en"
    if len(_LATIN.findall(text)) > cjk * 2:
        return "mixed"
    if chinese:
        return chinese
    from .normalize.script import guess_chinese_script

    return guess_chinese_script(text)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of ``text[start:end]``, surrounding whitespace excluded."""
    end = len(text) if end is None else end
    spans, s = [], start
    for m in _SENT_END.finditer(text, start, end):
        if m.group().startswith(".") and m.end() < end and ABBREV.search(text, max(start, m.start() - 12), m.start() + 1):
            continue
        spans.append((s, m.end()))
        s = m.end()
    if s < end:
        spans.append((s, end))
    return [_strip(text, a, b) for a, b in spans if text[a:b].strip()]


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, s = [], start
    for m in _PARA.finditer(text, start, end):
        out.append((s, m.start()))
        s = m.end()
    out.append((s, end))
    return [_strip(text, a, b) for a, b in out if text[a:b].strip()]


_MD_HEADING = re.compile(r"#{1,6}[ \t]+\S[^\n]{0,200}")


def _is_heading(paragraph: str) -> bool:
    """A heading paragraph (clean.is_heading), or a Markdown heading of any common length: the ``#`` says it is
    one even where the line is too long for a heading in plain text (a Federal Register notice's title)."""
    return is_heading(paragraph) or _MD_HEADING.fullmatch(paragraph.strip()) is not None


def is_metadata(paragraph: str) -> bool:
    """Whether a paragraph is only metadata lines ("**Published:** ...", "Source: ..."): like a heading, it
    opens the passage of the text that follows (a notice's title block joins its summary)."""
    lines = [ln for ln in paragraph.splitlines() if ln.strip()]
    return bool(lines) and all(_META.fullmatch(ln) for ln in lines)


def _document_chinese(doc: Document) -> str | None:
    """One Traditional/Simplified verdict for the document, from Han characters sampled across its pages."""
    pages = doc.pages
    step = max(1, len(pages) // 12)
    sample = "".join("".join(_HAN.findall(p.text[:1500]))[:300] for p in pages[::step])
    if not sample:
        return None
    from .normalize.script import guess_chinese_script

    return guess_chinese_script(sample[:3000])


def split_passages(doc: Document) -> list[Passage]:
    """Split a document into passages (text and table), in page order."""
    out: list[Passage] = []
    heading: str | None = None

    def emit(page: int, a: int, b: int, text: str, kind: str = "text", table_index: int | None = None) -> None:
        out.append(
            Passage(
                passage_id=f"{doc.doc_id}-{len(out):05d}", doc_id=doc.doc_id, page=page, start=a, end=b,
                text=text[a:b], heading=heading, script=detect_script(text[a:b], chinese), kind=kind,
                table_index=table_index,
            )
        )

    tables_by_page: dict[int, list[tuple[int, int, int]]] = {}
    for i, t in enumerate(doc.tables):
        if t.start is not None and t.end is not None and t.end > t.start:
            tables_by_page.setdefault(t.page, []).append((t.start, t.end, i))
    chinese = _document_chinese(doc)
    for page in doc.pages:
        text = page.text
        regions, pos = [], 0  # prose regions between table blocks
        for a, b, i in sorted(tables_by_page.get(page.number, [])):
            regions.append(("text", pos, a, None))
            regions.append(("table", a, b, i))
            pos = b
        regions.append(("text", pos, len(text), None))
        for k, (kind, a, b, ti) in enumerate(regions):
            if kind == "table":
                emit(page.number, a, b, text, "table", ti)
                continue
            cur: list[tuple[int, int]] = []
            body = False  # whether cur holds more than headings and metadata: such a passage is never emitted
            for pa, pb in _paragraphs(text, a, b):
                head = _is_heading(text[pa:pb])
                para_body = not head and not is_metadata(text[pa:pb])
                if head:
                    if cur and body:
                        emit(page.number, cur[0][0], cur[-1][1], text)
                        cur, body = [], False
                    heading = " ".join(text[pa:pb].split())
                for s, e in split_sentences(text, pa, pb):
                    size = cur[-1][1] - cur[0][0] if cur else 0
                    if cur and body and size >= MIN_CHARS and (e - cur[0][0]) > MAX_CHARS:
                        emit(page.number, cur[0][0], cur[-1][1], text)
                        cur, body = [], False
                    cur.append((s, e))
                    body = body or para_body
            # headings right before a table are the table's: its passage carries them as its heading
            if cur and (body or k + 1 == len(regions) or regions[k + 1][0] != "table"):
                emit(page.number, cur[0][0], cur[-1][1], text)
    return out


_LEVELS = (  # (pattern, depth) of heading styles, outermost first; Markdown headings go by their #s
    (re.compile(r"第\s*[一二三四五六七八九十百零〇0-9]+\s*[篇部]|part\s+[0-9ivx]+\b", re.I), 0),
    (re.compile(r"第\s*[一二三四五六七八九十百零〇0-9]+\s*章|chapter\s+[0-9ivx]+\b", re.I), 1),
    (re.compile(r"第\s*[一二三四五六七八九十百零〇0-9]+\s*[節节]|section\s+[0-9ivx]+\b", re.I), 2),
    (re.compile(r"[壹貳贰參叁肆伍陸陆柒捌玖拾]+、"), 2),
    (re.compile(r"[一二三四五六七八九十]+、|(?:[A-H]|[IVX]{1,4})\.\s"), 3),
    (re.compile(r"[（(][一二三四五六七八九十]+[)）]"), 4),
)
_MD = re.compile(r"(#{1,6})\s")
_DOTTED = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s")


def heading_level(heading: str) -> int:
    """Nesting depth of a heading line: 第一篇 0, 第一章 1, 第一節 2, 一、3, （一）4, "2.1 Title" 3; ``#``s for Markdown."""
    h = heading.strip()
    m = _MD.match(h)
    if m:
        return len(m.group(1)) - 1
    for rx, depth in _LEVELS:
        if rx.match(h):
            return depth
    m = _DOTTED.match(h)
    return 2 + m.group(1).count(".") if m else 5  # "2 Title" 2, "2.1 Title" 3


def section_contexts(title: str, headings: list[str | None]) -> list[str]:
    """Per passage of one document (in order, given its innermost ``heading``), the context it sits in:
    the document title and the path of headings above it, e.g. ``報告 › 第二章 … › 第四節 … › 三、…``.

    Search scores a passage's context beside its text: a passage deep in a section about Japan's export
    controls on Korea is on that topic even when its own sentences only name 氟化氫 and 三星.
    """
    root = " ".join(title.split())
    out, path, last = [], [], None
    for h in headings:
        if h and h != last:
            level = heading_level(h)
            path = [x for x in path if x[0] < level] + [(level, " ".join(h.lstrip("#").split()))]
            last = h
        parts = [root] if root else []
        parts += [t for _, t in path if t and t != root]
        out.append(" › ".join(parts))
    return out
