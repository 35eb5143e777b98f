"""PDF -> Document with pypdfium2: text lines with positions, page by page (pdfium pages are closed as we go).

Layout is used, not guessed from text: running headers/footers and page numbers go by position and
repetition (``nlp.clean.page_furniture``), footnotes by size and place at the page foot, paragraphs by
indent and vertical gap, ruled tables by the page's line/rectangle objects (``nlp.read.pdftables``).
"""
from __future__ import annotations

import ctypes
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..clean import CJK_CLASS, flag_garbled, is_caption, is_heading, is_note
from ..errors import EmptyDocument, UnreadableFile
from ..types import Document, Page, Table
from .layout import assemble_page, link_tables, page_furniture
from .pdftables import finish_cells
from .wordjoin import build_lexicon


@dataclass
class Line:
    """One visual line of a page: its text and where it sits (PDF points, y upwards)."""

    text: str
    x0: float
    x1: float
    y: float  # baseline of the first character
    size: float  # font size in the middle of the line
    tail_small: int = 0  # trailing characters set small (a footnote marker glued to the text)
    lead_small: int = 0  # leading characters set small (the number of a footnote)
    first: int = 0  # char index in the pdfium text page
    kind: str = "body"  # body | furniture | footnote | table
    rotated: bool = False  # set at an angle (margin stamps such as the Federal Register's "VerDate …")
    marks: tuple[tuple[int, int], ...] = ()  # note markers inside the line (small raised digits): spans to drop


@dataclass
class RawPage:
    """What the first pass keeps of a page (pdfium objects are closed once this is built)."""

    number: int
    width: float
    height: float
    lines: list[Line]
    tables: list[tuple[tuple[float, float, float, float], list[list[str]]]] = field(default_factory=list)
    flags: tuple[str, ...] = ()
    has_images: bool = False
    rules: list[tuple[float, float, float, float]] = field(default_factory=list)  # horizontal rules (walked pages only)


def _open(path: Path, password: str | None):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as e:
        msg = str(e).lower()
        if "password" in msg:
            if password:
                raise UnreadableFile(str(path), "the PDF is encrypted and the password given is wrong", "check the --password value") from e
            raise UnreadableFile(str(path), "the PDF is encrypted (password required)", "pass it with --password, or decrypt it first (e.g. qpdf --decrypt)") from e
        if "format" in msg or "file" in msg:
            other = _not_pdf(path)
            if other:
                raise UnreadableFile(str(path), f"not a PDF (it is {other[0]})", other[1]) from e
            raise UnreadableFile(str(path), "not a readable PDF (corrupt or truncated)", "re-download or re-export the file") from e
        raise UnreadableFile(str(path), f"cannot open the PDF ({e})", "re-download or re-export the file") from e


_SIGNATURES = (
    (b"PK\x03\x04", "a ZIP archive, such as a .docx or .xlsx", "rename it with its real extension"),
    (b"\xd0\xcf\x11\xe0", "an old Office file (.doc, .xls, .ppt)", "save it as .docx or PDF"),
    (b"{\\rtf", "RTF", "save it as .docx or PDF"),
    (b"\x89PNG", "a PNG image", "put the image in a PDF and OCR it with --ocr"),
    (b"\xff\xd8\xff", "a JPEG image", "put the image in a PDF and OCR it with --ocr"),
    (b"GIF8", "a GIF image", "put the image in a PDF and OCR it with --ocr"),
)


def _not_pdf(path: Path) -> tuple[str, str] | None:
    """(what it is, how to fix) for a file with no PDF header that is recognisably something else."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return None
    if b"%PDF-" in head[:1024]:
        return None  # a PDF, damaged
    for magic, what, fix in _SIGNATURES:
        if head.startswith(magic):
            return what, fix
    low = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if low.startswith((b"<!doctype html", b"<html", b"<head", b"<body")) or b"<html" in low[:1024]:
        # what a server sends instead of the file: an error, login or cookie page saved under the PDF's name
        return "HTML", "download the PDF itself again (a web page such as an error or login page was saved instead), or rename it .html"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start < len(head) - 4:  # not a character cut by the 4096-byte read
            return None
    return ("plain text", "rename it .txt") if head.strip() else None


def _page_objects(raw, page) -> tuple[list[tuple[float, float, float, float]], bool]:
    """Bounds of the page's path objects (ruling lines, cell rectangles) and whether it holds images."""
    paths, images = [], False
    n = raw.FPDFPage_CountObjects(page)
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for i in range(n):
        obj = raw.FPDFPage_GetObject(page, i)
        t = raw.FPDFPageObj_GetType(obj)
        if t == raw.FPDF_PAGEOBJ_PATH:
            if raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                paths.append((left.value, bottom.value, right.value, top.value))
        elif t == raw.FPDF_PAGEOBJ_IMAGE:
            images = True
        elif t == raw.FPDF_PAGEOBJ_FORM:
            images = True  # forms may wrap scanned images; only used when a page has no text
    return paths, images


def _matrix_scale(raw, tp, i: int, matrix) -> float:
    """Vertical scale of a char's text matrix (many PDFs set text at 1 pt and scale it with the matrix)."""
    if raw.FPDFText_GetMatrix(tp, i, matrix):
        scale = (matrix.c * matrix.c + matrix.d * matrix.d) ** 0.5
        if scale > 0:
            return scale
    return 1.0


def _lines(raw, tp, text: str) -> list[Line]:
    """Split pdfium's text into visual lines and measure each."""
    out: list[Line] = []
    matrix = raw.FS_MATRIX()
    get_size = raw.FPDFText_GetFontSize
    x, y = ctypes.c_double(), ctypes.c_double()
    l, b, r, t = (ctypes.c_double() for _ in range(4))
    # pdfium marks a hyphen that ends a line with U+FFFE and puts no line break after it
    for m in re.finditer("[^\r\n\ufffe]+\ufffe?|\ufffe", text):
        start, seg = m.start(), m.group().replace("\ufffe", "-")
        body = seg.rstrip()
        lead = len(body) - len(body.lstrip())
        body = body.strip()
        if not body:
            continue
        first, last = start + lead, start + lead + len(body) - 1
        raw.FPDFText_GetCharOrigin(tp, first, x, y)
        raw.FPDFText_GetCharBox(tp, last, l, r, b, t)
        mid = first + len(body) // 2
        while mid < last and body[mid - first].isspace():
            mid += 1
        scale = _matrix_scale(raw, tp, mid, matrix)  # one matrix per line: its chars share it

        def font_size(i: int) -> float:
            return get_size(tp, i) * scale

        size = max(font_size(mid), font_size(first))
        x0 = x.value
        raw.FPDFText_GetCharOrigin(tp, mid, x, y)  # the middle char: brackets and markers skew the ends
        angle = raw.FPDFText_GetCharAngle(tp, mid)
        line = Line(text=body, x0=x0, x1=r.value, y=y.value, size=size, first=first, rotated=0.05 < angle < 6.23)
        # superscript markers: trailing / leading digits set clearly smaller than the line
        k = len(body) - 1
        while k >= 0 and body[k].isdigit() and font_size(first + k) < 0.8 * size:
            k -= 1
        line.tail_small = len(body) - 1 - k if k >= 0 else 0
        k = 0
        while k < len(body) and (body[k].isdigit() or body[k] in "*†‡") and font_size(first + k) < 0.8 * size:
            k += 1
        line.lead_small = k if k < len(body) else 0
        line.marks = _inner_marks(raw, tp, line, font_size)
        out.append(line)
    return out


_INNER_DIGITS = re.compile(rf"(?<=[^\s\d])\d{{1,3}}(?=[\s{CJK_CLASS}.,;:)]|$)")


def _inner_marks(raw, tp, line: Line, font_size) -> tuple[tuple[int, int], ...]:
    """Note markers inside a line: one to three digits glued to the word or mark before them, set small
    and raised ("to China.¹ The rules"); the trailing and leading ones are ``tail_small``/``lead_small``."""
    body, spans = line.text, []
    x, y = ctypes.c_double(), ctypes.c_double()
    for m in _INNER_DIGITS.finditer(body, line.lead_small, len(body) - line.tail_small):
        i = line.first + m.start()
        if font_size(i) < 0.8 * line.size:
            raw.FPDFText_GetCharOrigin(tp, i, x, y)
            if y.value > line.y + 0.15 * line.size:
                spans.append((m.start(), m.end()))
    return tuple(spans)


_NUMBERS_IN_A_ROW = re.compile(r"(?:^|\s)[-+(]?\d[\d,./%)-]*(?:\s+[-+(]?\d[\d,./%)-]*){2,}(?=\s|$)")


def _maybe_table(lines: list[Line], sizes: Counter, width: float, height: float) -> bool:
    """Cheap signs of a table: few lines (a figure or a scan), lines set smaller than the body text so
    far, a source/note line, many short lines (wrapped cells), or lines holding three numbers in a row."""
    for ln in lines:
        sizes[round(ln.size)] += len(ln.text)
    if len(lines) < 6:
        return True
    body = sizes.most_common(1)[0][0]
    inner = lines[1:-1]
    small = [ln for ln in inner if ln.size < 0.93 * body]
    # small lines high on the page are not footnotes: a table (or the tail of one)
    if len(small) >= 3 or any(ln.y > 0.4 * height for ln in small):
        return True
    short = sum(1 for ln in inner if ln.x1 - ln.x0 < 0.3 * width)
    numeric = sum(1 for ln in inner if _NUMBERS_IN_A_ROW.search(ln.text))
    notes = any(is_note(ln.text) for ln in inner)  # "資料來源：…" / "Source: …" follows a table or figure
    return notes or short >= max(8, 0.35 * len(inner)) or numeric >= 2


def _first_pass(path: Path, pdf, raw) -> list[RawPage]:
    from .pdftables import find_tables

    pages: list[RawPage] = []
    sizes: Counter[int] = Counter()
    short = len(pdf) <= 2  # a running header of a one-page document is told by the rule under it
    for i in range(len(pdf)):
        page = pdf[i]
        try:
            w, h = page.get_size()
            tp = page.get_textpage()
            try:
                n = tp.count_chars()
                text = tp.get_text_range(0, n) if n > 0 else ""
                lines = _lines(raw, tp.raw, text) if text.strip() else []
                # walking every page object costs ~1 ms a page, so only pages that look tabular are walked
                walk = _maybe_table(lines, sizes, w, h) or short
                paths, images = _page_objects(raw, page.raw) if walk else ([], False)
                tables = find_tables(raw, tp.raw, text, lines, paths) if lines and len(paths) >= 4 else []
            finally:
                tp.close()
        finally:
            page.close()
        flags: tuple[str, ...] = ()
        if not lines:
            flags = ("image_only",) if images else ()
        elif flag_garbled("".join(ln.text for ln in lines)):
            flags = ("garbled_text",)
        rules = [b for b in paths if b[3] - b[1] <= 2.5 and b[2] - b[0] > 0.1 * w]
        pages.append(RawPage(i + 1, w, h, lines, tables, flags, images, rules))
    return pages


def _metadata(pdf) -> dict[str, str]:
    try:
        return {k: v for k, v in pdf.get_metadata_dict().items() if v}
    except Exception:  # metadata is optional; a broken info dict must not fail the read
        return {}


def _pdf_date(meta: dict[str, str]) -> str | None:
    m = re.match(r"D:(\d{4})(\d{2})?(\d{2})?", meta.get("CreationDate", ""))
    if not m:
        return None
    return "-".join(g for g in m.groups() if g)


def read_pdf(path: Path, sha256: str, *, password: str | None = None, ocr: bool = False) -> Document:
    """Read a PDF into a Document: clean page text, footnotes, tables, per-page flags."""
    import pypdfium2.raw as raw

    pdf = _open(path, password)
    try:
        meta = _metadata(pdf)
        try:
            raw_pages = _first_pass(path, pdf, raw)
        except Exception as e:  # pdfium failing mid-file means a damaged file, not a bug of ours
            import pypdfium2 as pdfium

            if isinstance(e, pdfium.PdfiumError):
                raise UnreadableFile(str(path), f"damaged PDF ({e})", "re-download or re-export the file") from e
            raise
        if ocr:
            from .ocr import ocr_pages

            ocr_pages(path, pdf, raw_pages, password=password)
    finally:
        pdf.close()
    if not raw_pages:
        raise EmptyDocument(str(path), "the PDF has no pages", "re-export the file")
    image_only = [p.number for p in raw_pages if "image_only" in p.flags]
    if all(not p.lines for p in raw_pages):
        if image_only:
            raise EmptyDocument(
                str(path), "no extractable text on any page (image-only PDF?)",
                "OCR it with --ocr (needs tesseract-ocr) or ocrmypdf",
            )
        raise EmptyDocument(str(path), "no text on any page", "check the file holds text")
    layout = page_furniture(raw_pages)
    layout.lexicon = build_lexicon(ln.text for rp in raw_pages for ln in rp.lines if ln.kind in ("body", "table"))
    for rp in raw_pages:
        finish_cells(rp.tables, layout.lexicon)
    link_tables(raw_pages, layout.lexicon)
    pages: list[Page] = []
    tables: list[Table] = []
    for rp in raw_pages:
        page, page_tables = assemble_page(rp, layout, tables)
        pages.append(page)
        tables.extend(page_tables)
    flags = ["image_only_pages"] if image_only else []
    if any("garbled_text" in p.flags for p in pages):
        flags.append("garbled_text_pages")
    title = _title(meta.get("Title", ""), raw_pages, layout.body_size) or (layout.header or "").strip() or _first_heading(pages) or path.stem
    return Document(
        doc_id=sha256[:16], path=str(path), title=title[:200], pages=tuple(pages), tables=tuple(tables),
        # The file's creation date is not the document's date (a re-typeset or re-saved copy gets today's),
        # so it stays in meta and never anchors relative dates such as 今年 or a year-less "8 月 26 日".
        flags=tuple(flags), sha256=sha256, date=None,
        meta={
            "pdf": {k: v for k, v in meta.items() if k in ("Title", "Author", "Subject", "Creator", "Producer", "CreationDate")},
            "pdf_created": _pdf_date(meta),
        },
    )


# what authoring tools leave in the Title field: the file name, the application, a placeholder
_JUNK_TITLE = re.compile(
    r"^(?:microsoft\s+(?:word|excel|powerpoint)\b|untitled\b|無標題|无标题|未命名|slide\s*\d*$|document\s*\d*$"
    r"|(?:powerpoint\s+)?presentation\s*\d*$|title$|[\W\d_]*$)"
    r"|\.(?:docx?|pdf|xlsx?|pptx?|rtf|odt|txt|indd|tex|dvi|ps|html?|qxd)\s*$|^[a-z]:\\|^/\S+$",
    re.IGNORECASE,
)
# section names that open a page but do not name the document
_SECTION_WORDS = {
    "摘要", "目錄", "目录", "前言", "序言", "序", "緒論", "绪论", "導論", "导论", "contents", "tableofcontents", "abstract",
    "summary", "executivesummary", "introduction", "preface", "foreword", "overview",
}


def _title(meta_title: str, raw_pages: list[RawPage], body_size: float) -> str | None:
    """The PDF's Title unless it is a file name or a tool's stamp ("Microsoft Word - x.docx"), else
    the title set on page 1 (``_page_title``)."""
    t = meta_title.strip()
    if t and not _JUNK_TITLE.search(t):
        return t
    return _page_title(raw_pages[0], body_size) if raw_pages and raw_pages[0].lines else None


def _page_title(rp: RawPage, body_size: float) -> str | None:
    """The largest line(s) set above the text of page 1, in its upper part, larger than the body text
    and not a section heading ("1. Overview", "第一章 …", "摘 要"). None when the page has none."""
    from .wordjoin import join_lines

    lead = []
    for ln in rp.lines:  # reading order: the lines before the first line set at the body size
        if ln.kind in ("furniture", "footnote") or ln.rotated:
            continue
        if ln.kind == "table" or ln.size <= body_size + 0.5 or ln.y < 0.4 * rp.height:
            break
        lead.append(ln)
    big = [ln for ln in lead if ln.size >= 1.15 * body_size]
    if not big:
        return None
    top = max(ln.size for ln in big)
    start = next(i for i, ln in enumerate(lead) if ln.size >= top - 0.5)
    run = [lead[start]]
    for ln in lead[start + 1 : start + 3]:  # a title wrapped over two or three lines
        if abs(ln.size - top) > 0.5 or run[-1].y - ln.y > 1.6 * top or is_heading(ln.text):
            break
        run.append(ln)
    title = join_lines([ln.text for ln in run], None)
    if is_heading(title) or is_caption(title) or re.sub(r"\s+", "", title).lower() in _SECTION_WORDS:
        return None
    return title if len(re.sub(r"\W", "", title)) >= 3 else None


def _first_heading(pages: list[Page]) -> str | None:
    for p in pages[:3]:
        for para in p.text.split("\n\n"):
            s = para.strip()
            if s and not is_caption(s) and len(s) <= 80:
                return s.replace("\n", " ")
    return None
