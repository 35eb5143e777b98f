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
