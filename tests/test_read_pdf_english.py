"""A real English PDF: a three-column Federal Register notice (margin stamps, alternating headers)."""
from __future__ import annotations

import pytest

from conftest import CORPUS
from nlp.read import read_document
from nlp.segment import split_passages

FR = CORPUS / "ustr_301_lists" / "FR_2018-13248_section301_list1_notice.pdf"


@pytest.fixture(scope="module")
def fr(corpus):
    return read_document(FR)


def test_read_pdf_english_columns_become_paragraphs(fr):
    text = fr.pages[1].text
    assert text.startswith(
        "into the government of China’s acts, policies, and practices related to technology transfer, "
        "intellectual property, and innovation. See 82 FR 40213."
    )
    first = text.split("\n\n")[0]
    assert first.endswith("(April 6, 2018).")


def test_read_pdf_english_furniture_removed(fr):
    for p in fr.pages:
        assert "Federal Register /" not in p.text  # "28710 Federal Register …" / "… Notices 28711"
        assert "VerDate" not in p.text and "sradovich" not in p.text  # printer's stamps, one set at an angle
    assert fr.date is None  # a file date is not the document date
    assert fr.meta["pdf_created"] == "2018-06-20"


def test_read_pdf_english_passages(fr):
    ps = [p for p in split_passages(fr) if p.kind == "text"]
    assert {p.script for p in ps} == {"en"}
    assert all(fr.pages[p.page - 1].text[p.start : p.end] == p.text for p in ps)
    assert any("$34 billion" in p.text or "34 billion" in p.text for p in ps)
