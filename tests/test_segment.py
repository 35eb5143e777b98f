"""Passages: offsets into the page text, sentence-aware sizes, headings, tables, stable ids."""
from __future__ import annotations

import re

import pytest

from conftest import PDF_DIR
from nlp.read import read_document
from nlp.segment import heading_level, section_contexts, split_passages, split_sentences
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


def test_segment_abbreviation_period_does_not_end_a_sentence():
    text = "The U.S. Trade Representative has determined that the tax is actionable. CHICAGO, Dec. 3 (Xinhua) -- Farmers agreed."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The U.S. Trade Representative has determined that the tax is actionable.",
        "CHICAGO, Dec. 3 (Xinhua) -- Farmers agreed.",
    ]


def test_segment_long_markdown_title_and_metadata_block_join_the_summary(corpus):
    """A Federal Register notice: its 80-character title and its **Published:** / **Document Number:** lines
    are one passage with the summary below them (alone they were a passage that ranked above the summary)."""
    from nlp.read import read_document

    path = sorted((corpus / "fr_abstracts").glob("2021-03-31-*proposed*"))[0]
    ps = split_passages(read_document(path))
    first = ps[0].text
    assert first.startswith("# Proposed Action in Section 301") and "**Document Number:**" in first
    assert "## Summary" in first and "requests written comments" in first and ps[0].heading == "## Summary"
    assert sum("**Published:**" in p.text for p in ps) == 1


def test_segment_metadata_lines():
    from nlp.segment import is_metadata

    assert is_metadata("**Published:** February 05, 2026 19:09 UTC\n**Source:** Federal Register")
    assert is_metadata("Document Number: 2021-06625")
    assert not is_metadata("The USTR requests comments: by March 31.") and not is_metadata("时间：2019-05-16")
    assert not is_metadata("**Published:** February 05\nThe USTR requests comments on the action.")


def test_segment_markdown_headings_open_passages_but_never_stand_alone():
    md = ("# Notice of Determination: India's Digital Services Tax\n\n**Document Number:** 2021-00362\n\n"
          "## Summary\n\nThe U.S. Trade Representative has determined that India's DST is actionable.\n\n"
          "## 第一章 总则\n\n### 第一节 一般规定\n\n第一条 为了规范关税的征收和缴纳，制定本法。")
    ps = split_passages(Document(doc_id="m", path="m.md", title="t", pages=(Page(1, md),)))
    texts = [p.text for p in ps]
    # the title and its metadata open the summary's passage: no passage is only a heading or metadata
    assert texts[0].startswith("# Notice of Determination") and "2021-00362" in texts[0] and "actionable" in texts[0]
    assert not any(t.strip().startswith("#") and "\n" not in t.strip() for t in texts)
    law = next(p for p in ps if "第一条" in p.text)
    assert law.text.startswith("## 第一章 总则") and law.heading == "### 第一节 一般规定"


@pytest.mark.parametrize("heading,level", [
    ("第一篇 總論", 0), ("第二章 美中貿易戰", 1), ("第四節 日韓貿易管制", 2), ("三、韓國方面回應", 3),
    ("（一）歷史因素", 4), ("# Title", 0), ("## Summary", 1), ("2.1 Scope of the rule", 3), ("Annex", 5),
])
def test_segment_heading_level(heading, level):
    assert heading_level(heading) == level


def test_segment_section_contexts_nest_headings_under_the_title():
    heads = [None, "第二章 美中貿易戰", "第二章 美中貿易戰", "第四節 日韓貿易管制", "一、背景", "二、日本相關管制措施", "第五節 其他"]
    ctx = section_contexts("報告", heads)
    assert ctx[0] == "報告" and ctx[2] == "報告 › 第二章 美中貿易戰"
    assert ctx[4] == "報告 › 第二章 美中貿易戰 › 第四節 日韓貿易管制 › 一、背景"
    assert ctx[5] == "報告 › 第二章 美中貿易戰 › 第四節 日韓貿易管制 › 二、日本相關管制措施"
    assert ctx[6] == "報告 › 第二章 美中貿易戰 › 第五節 其他"
    assert section_contexts("Notice X", ["# Notice X", "## Summary"]) == ["Notice X", "Notice X › Summary"]
