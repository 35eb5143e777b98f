"""Word .docx -> Document with python-docx: paragraphs and tables in document order, list markers, footnotes.

python-docx reads the body; what it does not expose is read from the package's own parts: list numbering
and heading levels from styles.xml and numbering.xml (``docxstyle``), footnotes and endnotes from
footnotes.xml and endnotes.xml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..clean import is_heading, is_table_caption, join_fragments, render_row, squeeze_spaces
from ..errors import UnreadableFile
from ..types import Document, Page, Table
from .docxstyle import W, WordFormat

_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
# Numbered headings typed by hand in a Normal paragraph: 壹、 一、 （一） 第一章 1. 1.1 (short, no sentence end).
_NUMBERED_HEADING = re.compile(
    r"(?:[一二三四五六七八九十百壹貳贰參叁肆伍陸陆柒捌玖拾]+[、．.]|[（(][一二三四五六七八九十壹貳參叁肆伍陸柒捌玖拾\d]+[)）]"
    r"|第\s*[一二三四五六七八九十百零〇\d]+\s*[篇章節节部條条]|\d{1,2}(?:\.\d{1,2}){0,3}(?:[.、．]\s*|\s+)[^\s\d])"
)
_SENTENCE_END = ("。", "！", "？", "；", "，", ".", "!", "?", ";", ",")
# Core-properties titles that name no document: Word's and converters' defaults.
_PLACEHOLDER_TITLE = re.compile(r"(?i)(?:document\s*\d*|doc\d*|untitled.*|title|microsoft word - .*|.*\.docx?|new document|\W*)")


@dataclass
class _Para:
    text: str
    kind: str  # heading | item | body
    level: int | None = None  # heading level (0: Title style)
    list_key: tuple[str, int] | None = None  # (numId, ilvl) of a list item


def _part_xml(d, reltype: str):
    """The parsed XML of the main document's related part of one type (styles, numbering, footnotes), or None."""
    from lxml import etree

    for rel in d.part.rels.values():
        if not rel.is_external and rel.reltype == _RELS + reltype:
            part = rel.target_part
            element = getattr(part, "element", None)  # python-docx parses styles and numbering itself
            return element if element is not None else etree.fromstring(part.blob)
    return None


def _notes(root, tag: str) -> dict[str, str]:
    """id -> text of the footnotes (or endnotes) in footnotes.xml, separators left out."""
    out = {}
    for note in root.iter(W + tag) if root is not None else ():
        if note.get(W + "type") not in (None, "normal"):
            continue  # separator, continuationSeparator, continuationNotice
        paras = []
        for p in note.iter(W + "p"):
            bits = [("\t" if el.tag == W + "tab" else el.text or "") for el in p.iter(W + "t", W + "tab")]
            paras.append("".join(bits))
        text = squeeze_spaces(join_fragments(paras))
        if text:
            out[note.get(W + "id")] = text
    return out


def _blocks(body):
    """The body's paragraphs and tables in order, looking inside content controls (w:sdt)."""
    for el in body.iterchildren():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag in ("p", "tbl"):
            yield tag, el
        elif tag == "sdt":
            content = el.find(W + "sdtContent")
            if content is not None:
                yield from _blocks(content)


def _table_rows(block, d) -> list[tuple[str, ...]]:
    from docx.table import Table as DocxTable

    rows = []
    for row in DocxTable(block, d).rows:
        cells, last = [], None
        for cell in row.cells:
            if cell._tc is last:
                continue  # a merged cell repeats in python-docx
            last = cell._tc
            cells.append(squeeze_spaces(cell.text.replace("\n", " ")))
        rows.append(tuple(cells))
    width = max((len(r) for r in rows), default=0)
    return [r + ("",) * (width - len(r)) for r in rows]


def _looks_like_heading(text: str) -> bool:
    """A short numbered line with no sentence end: 壹、前言, 一、背景, （一）, 第一章, 1. Scope, 1.1 背景."""
    return is_heading(text) or (
        len(text) <= 60 and _NUMBERED_HEADING.match(text) is not None and not text.endswith(_SENTENCE_END)
    )


def _paragraphs(d, fmt: WordFormat, refs: list[str]) -> list[_Para | list[tuple[str, ...]]]:
    """The body in order: paragraphs (list items with their markers) and tables as rows of cells.

    Footnote and endnote references met on the way are appended to ``refs`` (as "f<id>" / "e<id>"), in the
    order Word numbers them.
    """
    from docx.text.paragraph import Paragraph

    out: list[_Para | list[tuple[str, ...]]] = []
    for tag, block in _blocks(d.element.body):
        for ref in block.iter(W + "footnoteReference", W + "endnoteReference"):
            refs.append(("f" if ref.tag == W + "footnoteReference" else "e") + (ref.get(W + "id") or ""))
        if tag == "tbl":
            rows = _table_rows(block, d)
            if rows:
                out.append(rows)
            continue
        marker = fmt.list_marker(block)  # counted even when the paragraph is empty, as Word does
        text = squeeze_spaces(Paragraph(block, d).text)
        if not text:
            continue
        if marker:
            text = squeeze_spaces(f"{marker} {text}")
        level = fmt.heading_level(block)
        if level is not None or (marker is None and _looks_like_heading(text)):
            out.append(_Para(text, "heading", level))
        elif marker is not None:
            out.append(_Para(text, "item", list_key=fmt.list_level(block)))
        else:
            out.append(_Para(text, "body"))
    # An auto-numbered heading ("壹、前言", "貳、合規步驟" over its own sub-items) is the first item of a run of
    # list paragraphs, alone at its level in that run; a list's items have siblings.
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and isinstance(out[j], _Para) and out[j].kind == "item":
            j += 1
        if j > i:
            first = out[i]
            if _looks_like_heading(first.text) and not any(q.list_key == first.list_key for q in out[i + 1 : j]):
                first.kind = "heading"
        i = max(j, i + 1)
    return out


def _join_lists(paras: list[_Para | list]) -> list[_Para | list]:
    """Consecutive list items become one paragraph, one item a line, under the paragraph that introduces
    them: each "1. Diversify suppliers" on its own would read as a heading downstream."""
    out: list[_Para | list] = []
    i = 0
    while i < len(paras):
        p = paras[i]
        j = i
        while j < len(paras) and isinstance(paras[j], _Para) and paras[j].kind == "item":
            j += 1
        if j - i >= 2:
            block = "\n".join(x.text for x in paras[i:j])
            prev = out[-1] if out else None
            if isinstance(prev, _Para) and prev.kind == "body" and not is_table_caption(prev.text):
                out[-1] = _Para(prev.text + "\n" + block, "body")
            else:
                out.append(_Para(block, "body"))
            i = j
            continue
        out.append(_Para(p.text, "body") if isinstance(p, _Para) and p.kind == "item" else p)
        i += 1
    return out


def _title(core_title: str, paras: list, stem: str) -> str:
    """Core-properties title when it names the document, else the Title-style paragraph, else the first
    Heading 1, else the first paragraph."""
    t = " ".join((core_title or "").split())
    if t and not _PLACEHOLDER_TITLE.fullmatch(t):
        return t
    texts = [p for p in paras if isinstance(p, _Para)]
    for want in (0, 1):
        p = next((p for p in texts if p.kind == "heading" and p.level == want), None)
        if p is not None:
            return p.text
    return next((p.text.split("\n", 1)[0] for p in texts), stem)


def _render(paras: list[_Para | list]) -> tuple[str, list[Table]]:
    """Page text with tables rendered in place (a table caption paragraph just above goes with its table)."""
    text, tables = "", []
    for p in paras:
        if isinstance(p, _Para):
            text += ("\n\n" if text else "") + p.text
            continue
        caption = None
        last = text.split("\n\n")
        if last and is_table_caption(last[-1]):
            caption = last[-1]
            text = "\n\n".join(last[:-1])
        block = "\n".join(([caption] if caption else []) + [render_row(r) for r in p])
        start = len(text) + (2 if text else 0)
        text += ("\n\n" if text else "") + block
        tables.append(Table(page=1, caption=caption, header=(p[0],), rows=tuple(p[1:]), start=start, end=start + len(block)))
    return text, tables


def read_docx(path: Path, sha256: str) -> Document:
    """Read a .docx file: paragraphs (headings their own paragraphs, list items with their markers), tables
    in place, footnotes and endnotes in the page's footnotes (in reference order, markers removed as in PDFs)."""
    from lxml import etree

    try:
        import docx

        d = docx.Document(str(path))
    except Exception as e:  # python-docx raises zipfile/KeyError/lxml errors on damaged files
        raise UnreadableFile(str(path), f"not a readable .docx ({type(e).__name__})", "re-save it from Word or LibreOffice") from e
    try:
        fmt = WordFormat(_part_xml(d, "styles"), _part_xml(d, "numbering"))
        footnotes, endnotes = _notes(_part_xml(d, "footnotes"), "footnote"), _notes(_part_xml(d, "endnotes"), "endnote")
    except etree.XMLSyntaxError as e:  # a damaged part that python-docx does not parse itself
        raise UnreadableFile(str(path), f"damaged part in the .docx ({type(e).__name__})", "re-save it from Word or LibreOffice") from e
    refs: list[str] = []
    paras = _paragraphs(d, fmt, refs)
    text, tables = _render(_join_lists(paras))
    # Word numbers notes in the order they are referenced; a note never referenced still is not lost
    order = list(dict.fromkeys(refs))
    notes = [footnotes[r[1:]] for r in order if r[0] == "f" and r[1:] in footnotes]
    notes += [t for k, t in footnotes.items() if "f" + k not in order]
    notes += [endnotes[r[1:]] for r in order if r[0] == "e" and r[1:] in endnotes]
    notes += [t for k, t in endnotes.items() if "e" + k not in order]
    props = d.core_properties
    # the file's creation stamp is not the document's date (python-docx's own template says 2013-12-23); as the
    # PDF reader does, it is kept in meta only, so relative dates in the text are not resolved against it
    created = props.created.date().isoformat() if props.created else None
    return Document(
        doc_id=sha256[:16], path=str(path), title=_title(props.title, paras, path.stem)[:200],
        pages=(Page(number=1, text=text, footnotes=tuple(notes)),), tables=tuple(tables), sha256=sha256,
        meta={"docx_created": created} if created else {},
    )
