"""PDF layout on small PDFs written here (``pdfmaker.write_pdf``): titles, running headers of short
documents, drawing order, note markers, footnotes, Latin words and numbers cut by CJK line wrapping,
table cell spacing, files that are not PDFs."""
from __future__ import annotations

import pytest

from nlp.errors import UnreadableFile
from nlp.read import read_document
from pdfmaker import PdfPage, text_width, wrap_words, write_pdf

HEADER = "TRADE POLICY BRIEF | Export Controls Update"
TITLE = "Export Controls and Tariffs: What Changed in 2022-2023"
PARAS = [
    "On October 7, 2022, the Bureau of Industry and Security published interim final rules that restrict exports "
    "of advanced computing chips and semiconductor manufacturing equipment to China.¹ The rules also expand the "
    "Foreign Direct Product Rule and add 31 entities to the Unverified List.",
    "The measures build on the Section 301 tariffs imposed since July 6, 2018, when the United States applied a "
    "25% duty to 818 tariff lines worth $34 billion.",
    "Exporters should screen customers against the Entity List at every shipment, keep records of end-use "
    "statements for five years, and map second-tier suppliers in China.",
]
NOTE = "Implementation of Additional Export Controls: Certain Advanced Computing Items, 87 FR 62186 (Oct. 13, 2022)."
LEFT, RIGHT, SIZE, PITCH = 50.0, 370.0, 10.5, 14.0


def _paragraph(page: PdfPage, y: float, text: str) -> float:
    """Word-wrapped lines; "¹" is a note marker set small and raised, as a word processor does."""
    for line in wrap_words(text, RIGHT - LEFT - 4, SIZE):
        x = LEFT
        for k, part in enumerate(line.split("¹")):
            if k:
                x = page.text(x + 0.5, y + 4, "1", 6.5) + 0.5
            if part:
                x = page.text(x, y, part, SIZE)
        y -= PITCH
    return y - 8


def _brief(path, *, pages: int = 3, title: bool = True, header: bool = True, info: dict | None = None,
           first_heading: str = "1. Overview", ruled: bool = True):
    """An English brief: page 1 opens with a large title (optional), each page a heading and a paragraph;
    the running header and page footer are drawn after the body, the footnote last, its marker apart."""
    out = []
    for n in range(1, pages + 1):
        page = PdfPage()
        y = 500.0
        if n == 1 and title:
            page.text(LEFT, 520, TITLE, 13)
            y = 490.0
        page.text(LEFT, y, first_heading if n == 1 else f"{n}. Details", 13)
        y = _paragraph(page, y - PITCH - 4, PARAS[(n - 1) % len(PARAS)])
        if n == 1 and pages > 1:
            y = _paragraph(page, y, PARAS[1])
        if header:
            page.text(LEFT, 560, HEADER, 8.5)
            if ruled:
                page.rule(LEFT, 555, RIGHT)
        label = f"Page {n} of {pages}"
        page.text(RIGHT - text_width(label, 8.5), 30, label, 8.5)
        if n == 1:
            page.rule(LEFT, 112, LEFT + 120)
            page.text(LEFT, 103, "1", 5.5)  # the note number: a text object of its own, raised
            fy = 100.0
            for line in wrap_words(NOTE, RIGHT - LEFT - 10, 8):
                page.text(LEFT + 5, fy, line, 8)
                fy -= 10
        out.append(page)
    return write_pdf(path, out, info)


@pytest.mark.parametrize(
    "junk",
    ["Microsoft Word - brief_v3_FINAL.docx", "Microsoft Word - 季報第12期_定稿v3.docx", "brief_v3.pdf", "untitled",
     "Slide 1", "20231015"],
)
def test_read_pdf_junk_metadata_title_rejected(tmp_path, junk):
    doc = read_document(_brief(tmp_path / "b.pdf", info={"Title": junk}))
    assert doc.title == TITLE
    assert doc.meta["pdf"]["Title"] == junk  # still kept as metadata


def test_read_pdf_real_metadata_title_kept(tmp_path):
    doc = read_document(_brief(tmp_path / "b.pdf", info={"Title": "Brief No. 7 on export controls"}))
    assert doc.title == "Brief No. 7 on export controls"


def test_read_pdf_title_is_large_first_page_line_not_running_header(tmp_path):
    doc = read_document(_brief(tmp_path / "b.pdf"))
    assert doc.title == TITLE
    assert all(HEADER not in p.text for p in doc.pages)


def test_read_pdf_title_falls_back_to_running_header_past_a_section_heading(tmp_path):
    # page 1 opens with a numbered heading (like "第一章 …" or "摘 要"): not a title; the running header is
    doc = read_document(_brief(tmp_path / "b.pdf", title=False))
    assert doc.title == HEADER


def test_read_pdf_superscript_marker_does_not_break_paragraph(tmp_path):
    text = read_document(_brief(tmp_path / "b.pdf")).pages[0].text
    assert "equipment to China. The rules also expand the Foreign Direct Product Rule" in text
    assert "China.1" not in text and "China.\n" not in text


def test_read_pdf_footnote_with_marker_on_its_own_line(tmp_path):
    page = read_document(_brief(tmp_path / "b.pdf")).pages[0]
    assert page.footnotes == (NOTE,)
    assert "Implementation of Additional" not in page.text and "62186" not in page.text


@pytest.mark.parametrize("pages", [2, 3])
def test_read_pdf_running_header_of_short_document_removed(tmp_path, pages):
    doc = read_document(_brief(tmp_path / "b.pdf", pages=pages))
    for p in doc.pages:
        assert "TRADE POLICY BRIEF" not in p.text and "Page " not in p.text
    # read by position, not drawing order: the title opens page 1, the body follows, the header is gone
    assert doc.pages[0].text.startswith(TITLE + "\n\n1. Overview\n\nOn October 7, 2022")
    assert doc.pages[1].text.startswith("2. Details\n\nThe measures build on")


def test_read_pdf_two_text_pages_and_a_scan_lose_their_header(tmp_path):
    from pdfmaker import mixed_pdf

    src = _brief(tmp_path / "b.pdf")
    doc = read_document(mixed_pdf(src, tmp_path / "mixed.pdf", [0, 1], [2]))
    assert doc.pages[2].flags == ("image_only",)
    assert all(HEADER not in p.text for p in doc.pages)


def test_read_pdf_one_page_header_needs_a_strong_cue(tmp_path):
    ruled = read_document(_brief(tmp_path / "ruled.pdf", pages=1))
    assert HEADER not in ruled.pages[0].text  # smaller than the text, at the top, over a rule
    assert ruled.title == TITLE
    # a top line set like the text, with nothing under it, is text
    page = PdfPage()
    page.text(LEFT, 560, "Memorandum for the trade committee", SIZE)
    _paragraph(page, 530, PARAS[0] + " " + PARAS[1])
    plain = read_document(write_pdf(tmp_path / "plain.pdf", [page]))
    assert plain.pages[0].text.startswith("Memorandum for the trade committee")


def test_read_pdf_single_column_read_top_to_bottom(tmp_path):
    # drawn bottom-up: the footnote first, then the second paragraph, then the first, the heading last
    page = PdfPage()
    page.text(LEFT, 103, "1", 5.5)
    page.text(LEFT + 5, 100, NOTE[:60], 8)
    _paragraph(page, 380, PARAS[2])
    _paragraph(page, 460, PARAS[1])
    page.text(LEFT, 500, "1. Overview", 13)
    doc = read_document(write_pdf(tmp_path / "b.pdf", [page]))
    text = doc.pages[0].text
    assert text.startswith("1. Overview\n\nThe measures build on")
    assert text.index("The measures build on") < text.index("Exporters should screen")
    assert doc.pages[0].footnotes == (NOTE[:60],)


def test_read_pdf_list_drawn_column_by_column_read_row_by_row(tmp_path):
    # an unruled two-column list (the Federal Register's annexes) drawn codes first, then descriptions
    rows = [("8401.10.00", "Nuclear reactors"), ("8401.20.00", "Machinery and apparatus for isotopic separation"),
            ("8402.11.00", "Watertube boilers with a steam production exceeding 45 tons per hour"),
            ("8402.12.00", "Watertube boilers with a steam production not exceeding 45 tons per hour")]
    page = PdfPage()
    page.text(LEFT, 520, "Annex B", 13)
    for k, (code, _) in enumerate(rows):
        page.text(LEFT, 490 - 30 * k, code, 9)
    for k, (_, desc) in enumerate(rows):
        page.text(LEFT + 70, 490 - 30 * k, desc, 9)
    text = read_document(write_pdf(tmp_path / "annex.pdf", [page])).pages[0].text
    assert text == "Annex B\n\n" + "\n\n".join(f"{code}\n\n{desc}" for code, desc in rows)


# -- CJK text wrapped by characters ----------------------------------------------------------------------
CJK_SIZE, UNITS = 12.0, 26  # a line holds 26 full-width characters
CJK_W = CJK_SIZE * UNITS
FILL = "美國商務部工業安全局發布新一輪出口管制規則限制先進運算晶片及半導體製造設備輸往中國大陸"


def _full(tail: str, size: float = CJK_SIZE, width: float = CJK_W, head: str = "") -> str:
    """``head`` + CJK filler + ``tail``: exactly one full line."""
    rest = width - text_width(head + tail, size, "cjk")
    assert rest % size == 0, "an odd number of half-width characters cannot fill the line"
    return head + FILL[: int(rest // size)] + tail


def _cjk_report(path):
    """Character-wrapped CJK paragraphs cutting "Unverified", "List" and "Rule" at line ends, and a
    footnote cutting "2022年10月" as "2022年1|0月"."""
    page = PdfPage()
    paras = [
        [_full("（Un"), "verified List）。此舉被視為近年最嚴格的管制措施。"],
        [_full("（Entity Lis"), _full("（Foreign Direct Product Ru", head="t）"), "le）的適用範圍。"],
        [_full("，"), _full(""), "各國業者因此須重新檢視出貨。"],
    ]
    y = 520.0
    for lines in paras:
        for line in lines:
            page.text(LEFT, y, line, CJK_SIZE, "cjk")
            y -= 20
        y -= 14
    page.rule(LEFT, 109, LEFT + 120)
    page.text(LEFT, 98, "1", 6)
    note = _full("87 FR 62186，2022年1", size=8, width=CJK_W - 8)
    page.text(LEFT + 6, 95, note, 8, "cjk")
    page.text(LEFT + 6, 85, "0月7日公告。", 8, "cjk")
    return write_pdf(path, [page])


def test_read_pdf_latin_words_cut_by_cjk_wrapping_are_joined(tmp_path):
    page = read_document(_cjk_report(tmp_path / "zh.pdf")).pages[0]
    for whole in ("（Unverified List）", "（Entity List）", "（Foreign Direct Product Rule）"):
        assert whole in page.text
    assert page.footnotes and page.footnotes[0].endswith("87 FR 62186，2022年10月7日公告。")


def test_read_pdf_table_cell_numbers_keep_pdfium_spacing(tmp_path):
    page = PdfPage()
    rows = [["清單", "金額（億美元）", "項數", "稅率"], ["第三批", "2,000", "5,745", "10%→25%"],
            ["第四批A", "1,200", "3,243", "15%→7.5%"], ["List 2", "August 23, 2018", "279", "25%"]]
    widths, y = [60, 100, 50, 70], 500.0
    page.text(LEFT, y + 8, "表2-1　美國對中國301條款關稅措施", 11, "cjk")
    for row in rows:
        x = LEFT
        for w, cell in zip(widths, row):
            page.rect(x, y - 22, w, 22)
            page.text(x + 6, y - 15, cell, 9, "cjk")  # set smaller than the text, as tables are
            x += w
        y -= 22
    _paragraph(page, y - 30, PARAS[1])
    doc = read_document(write_pdf(tmp_path / "t.pdf", [page]))
    (table,) = doc.tables
    assert table.rows == (
        ("第三批", "2,000", "5,745", "10%→25%"), ("第四批A", "1,200", "3,243", "15%→7.5%"), ("List 2", "August 23, 2018", "279", "25%"),
    )


def test_read_pdf_html_saved_as_pdf(tmp_path):
    f = tmp_path / "report.pdf"
    f.write_text("<!DOCTYPE html><html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1></body></html>\n")
    with pytest.raises(UnreadableFile) as e:
        read_document(f)
    assert str(e.value).startswith(f"{f}: not a PDF (it is HTML) - download the PDF itself again")
