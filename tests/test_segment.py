"""Passages: offsets into the page text, sentence-aware sizes, headings, tables, stable ids."""
from __future__ import annotations

import re

import pytest

from conftest import PDF_DIR
from nlp.read import read_document
from nlp.segment import split_passages, split_sentences
from nlp.types import Document, Page, Table


@pytest.fixture(scope="module")
def doc(corpus):
    return read_document(PDF_DIR / "report_050p.pdf")


@pytest.fixture(scope="module")
def passages(doc):
    return split_passages(doc)


def test_segment_offsets_hold(doc, passages):
    for p in passages:
        assert p.text == doc.pages[p.page - 1].text[p.start : p.end]
        assert p.text == p.text.strip() and p.text


def test_segment_sizes_and_sentences(passages):
    text = [p for p in passages if p.kind == "text"]
    sizes = sorted(len(p.text) for p in text)
    assert 150 <= sizes[len(sizes) // 2] <= 400
    for p in text:
        if len(p.text) > 400:  # only a long sentence may push a passage past the target
            assert max(b - a for a, b in split_sentences(p.text)) > 250, p.text


def test_segment_never_cuts_a_sentence(doc, passages):
    by_page = {}
    for p in passages:
        by_page.setdefault(p.page, []).append(p)
    for page in doc.pages:
        for p in by_page.get(page.number, []):
            after = page.text[p.end : p.end + 2]
            # what follows a passage is a paragraph break, the page end, or the start of a new sentence
            assert after == "" or after.startswith("\n") or page.text[p.end - 1] in "。！？；!?;.」』”）)", (p.text[-20:], after)


def test_segment_headings_carried(passages):
    heads = [p.heading for p in passages if p.heading]
    assert any(re.match(r"第[一二三四五六七八九十]+[章節]", h) for h in heads)
    # a heading carries over to following pages until the next one
    first = next(p for p in passages if p.heading and p.heading.startswith("第二節"))
    later = [p for p in passages if p.page > first.page and p.heading == first.heading]
    assert later


def test_segment_tables(doc, passages):
    tables = [p for p in passages if p.kind == "table"]
    assert len(tables) == len([t for t in doc.tables if t.start is not None])
    p = next(p for p in tables if p.text.startswith("表 2-1-1"))
    assert doc.tables[p.table_index].caption.startswith("表 2-1-1")
    assert "\n第 1 輪 | 2018/7/6 | 340 | 818 | 25 | 已實施\n" in p.text


def test_segment_ids_stable_and_scripts(doc, passages):
    again = split_passages(read_document(PDF_DIR / "report_050p.pdf"))
    assert [p.passage_id for p in again] == [p.passage_id for p in passages]
    assert [p.text for p in again] == [p.text for p in passages]
    assert passages[0].passage_id == f"{doc.doc_id}-00000"
    assert {p.script for p in passages} <= {"zh-Hant", "mixed", "en"}
    assert sum(p.script == "zh-Hant" for p in passages) > 0.8 * len(passages)


def test_segment_english_and_simplified():
    en = "The United States added Huawei to the Entity List in May 2019. " * 12 + "U.S. firms need a license. Exports of 4.0 tools rose."
    zh = "美国商务部将华为列入实体清单。这一措施限制了美国企业向华为出口技术。" * 8
    doc = Document(doc_id="x", path="x", title="x", pages=(Page(1, en), Page(2, zh)))
    ps = split_passages(doc)
    assert {p.script for p in ps if p.page == 1} == {"en"}
    assert {p.script for p in ps if p.page == 2} == {"zh-Hans"}
    assert all(not p.text.startswith(("S.", "0 tools")) for p in ps)
    assert all(p.text.endswith((".", "。")) for p in ps)


def test_segment_long_sentence_kept_whole():
    long = "美國" + "、".join(["半導體設備"] * 200) + "等均列入管制。"
    doc = Document(doc_id="y", path="y", title="y", pages=(Page(1, "前言。\n\n" + long),))
    ps = split_passages(doc)
    assert any(p.text.endswith(long) for p in ps)


def test_segment_table_passage_on_plain_text():
    text = "說明文字。\n\n表 1 關稅\n輪次 | 稅率\n第 1 輪 | 25"
    t = Table(page=1, caption="表 1 關稅", header=(("輪次", "稅率"),), rows=(("第 1 輪", "25"),), start=7, end=len(text))
    doc = Document(doc_id="z", path="z", title="z", pages=(Page(1, text),), tables=(t,))
    ps = split_passages(doc)
    assert [(p.kind, p.text) for p in ps] == [("text", "說明文字。"), ("table", text[7:])]
    assert ps[1].table_index == 0
