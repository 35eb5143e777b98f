"""PDF reading on the typeset report: clean body text, footnotes, tables, flags, bad files."""
from __future__ import annotations

import re

import pytest

from conftest import PDF_DIR
from nlp.errors import EmptyDocument, UnreadableFile
from nlp.read import read_document
from pdfmaker import encrypted_pdf, mixed_pdf, scanned_pdf, subset_pdf

WS = re.compile(r"\s+")


def test_read_pdf_body_matches_ground_truth(doc050, gt050):
    import Levenshtein

    body = "".join(p.text for p in doc050.pages).replace(" | ", "")
    assert Levenshtein.ratio(WS.sub("", body), WS.sub("", "".join(gt050["body"]))) >= 0.995


def test_read_pdf_no_header_or_page_number(doc050, gt050):
    header = WS.sub("", gt050["header"])
    assert doc050.title == gt050["header"]
    for p in doc050.pages:
        assert header not in WS.sub("", p.text)
        assert str(p.number) not in [ln.strip() for ln in p.text.split("\n")]


def _prose(doc, page):
    text = page.text
    for t in sorted((t for t in doc.tables if t.page == page.number), key=lambda t: -t.start):
        text = text[: t.start] + text[t.end :]
    return text


def test_read_pdf_cjk_lines_joined(doc050):
    cjk = "\u4e00-\u9fff，。、；：「」（）"
    for p in doc050.pages:
        assert not re.search(f"[{cjk}](?<!\n)\n(?!\n)[{cjk}]", _prose(doc050, p))
        # no stray space between CJK characters, except after a heading number ("第一章 緒論")
        assert not re.search("[\u4e00-\u9fff] +[\u4e00-\u9fff]", re.sub("第.{1,3}[章節] ", "", p.text))
    assert "\n\n" in doc050.pages[1].text  # paragraphs recovered from layout


def test_read_pdf_footnotes_apart(doc050):
    page2 = doc050.pages[1]
    assert page2.footnotes and page2.footnotes[0].startswith("本段相關數據整理自政府公開資料")
    assert "本段相關數據" not in page2.text
    assert "營運細節」等。\n\n" in page2.text  # the marker "1" glued to the paragraph end is gone
    assert sum(len(p.footnotes) for p in doc050.pages) == 23


def test_read_pdf_tables(doc050):
    assert len({t.caption for t in doc050.tables}) == 6
    t = next(t for t in doc050.tables if t.caption and t.caption.startswith("表 2-1-1"))
    assert t.page == 25 and t.header[0][:3] == ("項目類別", "日期", "金額")
    assert ("第 1 輪", "2018/7/6", "340", "818", "25", "已實施") in t.rows
    assert any(n.startswith("資料來源") for n in t.notes)
    page = doc050.pages[t.page - 1]
    block = page.text[t.start : t.end]
    assert block.startswith("表 2-1-1") and "第 1 輪 | 2018/7/6 | 340 | 818 | 25 | 已實施" in block


def test_read_pdf_table_across_pages(doc050):
    parts = [t for t in doc050.tables if t.caption and t.caption.startswith("表 2-1-2")]
    assert [t.page for t in parts] == [25, 26]
    assert parts[1].header == parts[0].header  # the header row repeated on page 26 is recognised
    rows = [r for t in parts for r in t.rows]
    assert sum(1 for r in rows if r[0].startswith("第")) == 6


def test_read_pdf_image_only(tmp_path, corpus):
    scan = scanned_pdf(PDF_DIR / "report_050p.pdf", tmp_path / "scan.pdf", [0, 1])
    with pytest.raises(EmptyDocument) as e:
        read_document(scan)
    assert str(e.value) == (
        f"{scan}: no extractable text on any page (image-only PDF?) - OCR it with --ocr (needs tesseract-ocr) or ocrmypdf"
    )


def test_read_pdf_some_pages_image_only(tmp_path, corpus):
    doc = read_document(mixed_pdf(PDF_DIR / "report_050p.pdf", tmp_path / "mixed.pdf", [0, 1], [2]))
    assert doc.flags == ("image_only_pages",)
    assert doc.pages[2].flags == ("image_only",) and doc.pages[2].text == ""
    assert doc.pages[0].text


def test_read_pdf_encrypted(tmp_path, corpus):
    enc = encrypted_pdf(subset_pdf(PDF_DIR / "report_050p.pdf", tmp_path / "a.pdf", [0]), tmp_path / "enc.pdf", "s3cret")
    with pytest.raises(UnreadableFile, match="encrypted .password required. - pass it with --password"):
        read_document(enc)
    with pytest.raises(UnreadableFile, match="password given is wrong"):
        read_document(enc, password="nope")
    assert "美中貿易戰" in read_document(enc, password="s3cret").pages[0].text


def test_read_pdf_truncated(tmp_path, corpus):
    bad = tmp_path / "cut.pdf"
    bad.write_bytes((PDF_DIR / "report_050p.pdf").read_bytes()[:4000])
    with pytest.raises(UnreadableFile, match="cut.pdf: not a readable PDF"):
        read_document(bad)
