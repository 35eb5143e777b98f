"""Word .docx: paragraphs and tables in order; a damaged file is reported."""
from __future__ import annotations

import pytest

from nlp.errors import UnreadableFile
from nlp.read import read_document


def test_read_docx_paragraphs_and_tables(tmp_path):
    import docx

    d = docx.Document()
    d.core_properties.title = "美中貿易戰觀察"
    d.add_heading("第一章 緒論", level=1)
    d.add_paragraph("2018 年 7 月 6 日，美國對 340 億美元中國大陸商品加徵 25% 關稅。")
    d.add_paragraph("表 2-1-1 美國對中國大陸的貿易制裁")
    t = d.add_table(rows=2, cols=3)
    for i, row in enumerate([("項目類別", "日期", "稅率"), ("第 1 輪", "2018/7/6", "25")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_paragraph("資料來源：本研究整理。")
    d.save(tmp_path / "r.docx")
    doc = read_document(tmp_path / "r.docx")
    assert doc.title == "美中貿易戰觀察"
    text = doc.pages[0].text
    assert text.startswith("第一章 緒論\n\n2018 年 7 月 6 日，美國對 340 億美元")
    (tab,) = doc.tables
    assert tab.caption == "表 2-1-1 美國對中國大陸的貿易制裁"
    assert tab.header == (("項目類別", "日期", "稅率"),) and tab.rows == (("第 1 輪", "2018/7/6", "25"),)
    assert text[tab.start : tab.end] == "表 2-1-1 美國對中國大陸的貿易制裁\n項目類別 | 日期 | 稅率\n第 1 輪 | 2018/7/6 | 25"
    assert text.endswith("資料來源：本研究整理。")


def test_read_docx_damaged(tmp_path):
    f = tmp_path / "bad.docx"
    f.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(UnreadableFile, match=r"bad.docx: not a readable .docx .* - re-save it from Word or LibreOffice"):
        read_document(f)


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _add_notes(d, notes: dict[int, str]) -> None:
    """Give a python-docx Document a footnotes part (python-docx cannot write one): id -> text."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    xml = (f'<w:footnotes {W_NS}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    for i, t in notes.items():
        xml += (f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>')
    part = Part(PackURI("/word/footnotes.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                (xml + "</w:footnotes>").encode("utf-8"), d.part.package)
    d.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes")


def _note_ref(paragraph, note_id: int) -> None:
    from docx.oxml import parse_xml

    paragraph.add_run()._r.append(parse_xml(f'<w:footnoteReference {W_NS} w:id="{note_id}"/>'))


def _numbering(d, levels: list[tuple[str, str]]) -> str:
    """Add a multi-level list definition ((numFmt, lvlText) per level) to a document; returns its numId."""
    from docx.oxml import parse_xml

    numbering = d.part.numbering_part.element
    lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{f}"/><w:lvlText w:val="{t}"/></w:lvl>'
                   for i, (f, t) in enumerate(levels))
    numbering.insert(0, parse_xml(f'<w:abstractNum {W_NS} w:abstractNumId="90">{lvls}</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return "90"


def _numbered(d, text: str, num_id: str, ilvl: int):
    from docx.oxml import parse_xml

    p = d.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


@pytest.mark.parametrize(
    "core, build, title",
    [
        ("", lambda d: (d.add_paragraph("DRAFT 2023-11-20"), d.add_heading("De-risking Supply Chains", level=0),
                        d.add_heading("1. Background", level=1)), "De-risking Supply Chains"),
        ("Document1", lambda d: (d.add_paragraph("DRAFT 2023-11-20"), d.add_heading("Export Controls in 2023", level=1)),
         "Export Controls in 2023"),
        ("", lambda d: (d.add_paragraph("出口管制合規指引"), d.add_paragraph("近年美國持續擴大出口管制範圍。")), "出口管制合規指引"),
        ("Options after the 2023 rules", lambda d: d.add_heading("Memo", level=0), "Options after the 2023 rules"),
    ],
)
def test_read_docx_title(tmp_path, core, build, title):
    import docx

    d = docx.Document()
    d.core_properties.title = core
    build(d)
    d.add_paragraph("Body text of the memo.")
    d.save(tmp_path / "t.docx")
    assert read_document(tmp_path / "t.docx").title == title


def test_read_docx_footnotes(tmp_path):
    import docx

    d = docx.Document()
    p = d.add_paragraph("The rule took effect on November 17, 2023.")
    _note_ref(p, 7)  # Word numbers notes by where they are referenced, not by their ids
    p.add_run(" Thirteen firms were listed.")
    t = d.add_table(rows=1, cols=1)
    _note_ref(t.cell(0, 0).paragraphs[0], 3)
    _add_notes(d, {3: "Entity List, Supplement No. 4 to Part 744.", 7: "BIS press release, October 17, 2023."})
    d.save(tmp_path / "n.docx")
    page = read_document(tmp_path / "n.docx").pages[0]
    assert page.footnotes == ("BIS press release, October 17, 2023.", "Entity List, Supplement No. 4 to Part 744.")
    assert page.text.startswith("The rule took effect on November 17, 2023. Thirteen firms were listed.")  # no marker left


def test_read_docx_list_markers(tmp_path):
    import docx

    from nlp.segment import split_passages

    d = docx.Document()
    d.add_heading("3. Options", level=1)
    d.add_paragraph("We see three options:")
    for item in ("Diversify suppliers", "Build buffer stocks", "Strengthen end-use screening"):
        d.add_paragraph(item, style="List Number")
    d.add_paragraph("Risks remain.")
    d.add_paragraph("Watch list", style="List Bullet")
    d.add_paragraph("Gallium", style="List Bullet")
    d.save(tmp_path / "l.docx")
    doc = read_document(tmp_path / "l.docx")
    assert doc.pages[0].text == (
        "3. Options\n\nWe see three options:\n1. Diversify suppliers\n2. Build buffer stocks\n"
        "3. Strengthen end-use screening\n\nRisks remain.\n• Watch list\n• Gallium"
    )
    # the items stay in their lead-in's paragraph, so none reads as a heading
    assert {p.heading for p in split_passages(doc)} == {"3. Options"}


def test_read_docx_numbering_formats(tmp_path):
    import docx

    d = docx.Document()
    num = _numbering(d, [("ideographLegalTraditional", "%1、"), ("taiwaneseCounting", "%2、"), ("decimal", "(%3)")])
    _numbered(d, "前言", num, 0)
    d.add_paragraph("近年美國持續擴大出口管制範圍。")
    _numbered(d, "合規步驟", num, 0)
    _numbered(d, "確認出口管制分類編號", num, 1)
    _numbered(d, "篩檢交易對象", num, 1)
    _numbered(d, "比對實體清單", num, 2)
    _numbered(d, "比對 SDN 名單", num, 2)
    d.save(tmp_path / "c.docx")
    text = read_document(tmp_path / "c.docx").pages[0].text
    # a numbered heading stands alone (not glued into the paragraph before); items below it keep their levels
    assert text == ("壹、前言\n\n近年美國持續擴大出口管制範圍。\n\n貳、合規步驟\n\n一、確認出口管制分類編號\n二、篩檢交易對象\n"
                    "(1) 比對實體清單\n(2) 比對 SDN 名單")


def test_read_docx_multilevel_decimal(tmp_path):
    import docx

    d = docx.Document()
    num = _numbering(d, [("decimal", "%1."), ("decimal", "%1.%2"), ("lowerLetter", "%3)")])
    for text, ilvl in [("Scope", 0), ("Goods", 1), ("Software", 1), ("Source code", 2), ("Object code", 2), ("Services", 1),
                       ("Licensing", 0), ("Applications", 1), ("Reviews", 1)]:
        _numbered(d, text, num, ilvl)
    d.save(tmp_path / "m.docx")
    assert read_document(tmp_path / "m.docx").pages[0].text.split("\n") == [
        "1. Scope", "1.1 Goods", "1.2 Software", "a) Source code", "b) Object code", "1.3 Services",
        "2. Licensing", "2.1 Applications", "2.2 Reviews",
    ]


@pytest.mark.parametrize(
    "n, fmt, out",
    [(1, "decimal", "1"), (4, "upperRoman", "IV"), (9, "lowerRoman", "ix"), (28, "lowerLetter", "bb"),
     (12, "taiwaneseCounting", "十二"), (21, "chineseCounting", "二十一"), (105, "chineseCountingThousand", "一百零五"),
     (3, "ideographLegalTraditional", "參"), (2, "decimalEnclosedCircle", "②"), (3, "ideographTraditional", "丙"),
     (7, "someNewFormat", "7")],
)
def test_read_docx_format_number(n, fmt, out):
    from nlp.read.docxstyle import format_number

    assert format_number(n, fmt) == out


def test_read_docx_numbered_heading_not_glued(tmp_path):
    """A hand-typed numbered heading in Normal style (貳、…) is a heading: the list under it is not glued to it."""
    import docx

    d = docx.Document()
    d.add_paragraph("貳、合規步驟")
    d.add_paragraph("確認產品之出口管制分類編號", style="List Number")
    d.add_paragraph("篩檢交易對象", style="List Number")
    d.save(tmp_path / "h.docx")
    assert read_document(tmp_path / "h.docx").pages[0].text == "貳、合規步驟\n\n1. 確認產品之出口管制分類編號\n2. 篩檢交易對象"


def test_read_docx_formal_numeral_heading_is_passage_heading(tmp_path):
    import docx

    from nlp.segment import split_passages

    d = docx.Document()
    d.add_paragraph("壹、前言")
    d.add_paragraph("近年美國持續擴大出口管制範圍，實體清單所列企業已逾600家中國大陸實體。")
    d.save(tmp_path / "f.docx")
    assert [p.heading for p in split_passages(read_document(tmp_path / "f.docx"))] == ["壹、前言"]


def test_read_docx_heading_before_table_not_a_passage(tmp_path):
    import docx

    from nlp.segment import split_passages

    d = docx.Document()
    d.add_heading("2. Measures by partner", level=1)
    d.add_paragraph("Table 1: Export control measures by partner")
    t = d.add_table(rows=2, cols=2)
    for i, row in enumerate([("Partner", "In force"), ("Japan", "July 23, 2023")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.save(tmp_path / "b.docx")
    passages = split_passages(read_document(tmp_path / "b.docx"))
    assert [(p.kind, p.heading) for p in passages] == [("table", "2. Measures by partner")]
