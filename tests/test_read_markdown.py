"""Markdown: pipe tables, inline syntax, footnotes, headings and metadata lines (nlp/read/markdown.py)."""
from __future__ import annotations

from nlp.read import read_document
from nlp.read.markdown import strip_inline
from nlp.segment import split_passages


def _read(tmp_path, md: str):
    f = tmp_path / "note.md"
    f.write_bytes(md.encode("utf-8"))
    return read_document(f)


def test_read_markdown_pipe_table_becomes_a_table(tmp_path):
    doc = _read(tmp_path, (
        "# Export measures\n\nThe measures are listed below.\n\n"
        "| Date | Measure | Items |\n|:-----|:-------:|------:|\n"
        "| 2023-07-03 | **Licensing** | Gallium \\| germanium |\n| 2023-10-20 | Licensing |\n\n"
        "Table 2: Rates by year\n\n| Year | Rate |\n| --- | --- |\n| 2019 | 25% |\n\nAfter the tables.\n"
    ))
    first, second = doc.tables
    assert first.header == (("Date", "Measure", "Items"),)
    assert first.rows == (("2023-07-03", "Licensing", "Gallium | germanium"), ("2023-10-20", "Licensing", ""))
    assert second.caption == "Table 2: Rates by year" and second.rows == (("2019", "25%"),)
    text = doc.pages[0].text
    assert "|---" not in text and "| Date |" not in text and "Table 2: Rates by year" not in text.replace(text[second.start : second.end], "")
    assert text[first.start : first.end] == "Date | Measure | Items\n2023-07-03 | Licensing | Gallium | germanium\n2023-10-20 | Licensing"
    assert text.endswith("After the tables.")
    kinds = [(p.kind, p.table_index) for p in split_passages(doc)]
    assert ("table", 0) in kinds and ("table", 1) in kinds


def test_read_markdown_inline_syntax_is_stripped(tmp_path):
    doc = _read(tmp_path, (
        "Importers in **Japan** and the *EU* should read `EAR 734.9`, ~~old~~ the [rule](#section) and\n"
        "the [notice](https://example.gov/notice) ![chart](chart.png) before 1 May; snake_case_name\n"
        "and \\*literal\\* asterisks stay.\n"
    ))
    assert doc.pages[0].text == (
        "Importers in Japan and the EU should read EAR 734.9, old the rule and the notice "
        "(https://example.gov/notice) before 1 May; snake_case_name and *literal* asterisks stay."
    )


def test_read_markdown_footnotes_go_to_the_page(tmp_path):
    doc = _read(tmp_path, (
        "China produces most of the world's gallium.[^1] Prices rose by a fifth.[^note]\n\n"
        "[^1]: U.S. Geological Survey, *Mineral Commodity Summaries* 2023,\n    page 74.\n"
        "[^note]: Trade press reports.\n\nThe rules took effect in August.\n"
    ))
    page = doc.pages[0]
    assert page.text == ("China produces most of the world's gallium. Prices rose by a fifth.\n\n"
                         "The rules took effect in August.")
    assert page.footnotes == ("U.S. Geological Survey, Mineral Commodity Summaries 2023, page 74.", "Trade press reports.")


def test_read_markdown_blocks(tmp_path):
    """Headings keep their #s (the passage splitter reads them), setext headings get them; metadata lines keep
    their bold key; list items stay apart; soft-wrapped lines join (CJK without a space); code stays as it is."""
    doc = _read(tmp_path, (
        "---\ntitle: A **bold** note\ndate: 2023-11-02\n---\n\n"
        "Critical Minerals\n=================\n\n**Published:** November 2, 2023\n**Source:** [Desk](https://x.org)\n\n"
        "## Measures *at a glance* ##\n\n- Importers should expect\n  longer lead times.\n- Prices rose.\n\n"
        "中國自2023年8月1日起對鎵、鍺實施出口管制，\n出口商須申請許可。\n\n<!-- internal note -->\n\n"
        "```\ncode  *kept*\n```\n\n---\n\n> Quoted **text**.\n"
    ))
    assert doc.title == "A bold note" and doc.date == "2023-11-02"  # front matter as before
    assert doc.pages[0].text.split("\n\n") == [
        "# Critical Minerals", "**Published:** November 2, 2023", "**Source:** Desk (https://x.org)",
        "## Measures at a glance", "- Importers should expect longer lead times.", "- Prices rose.",
        "中國自2023年8月1日起對鎵、鍺實施出口管制，出口商須申請許可。", "code  *kept*", "Quoted text.",
    ]


def test_read_markdown_title_without_syntax(tmp_path):
    assert _read(tmp_path, "# The **2023** [rules](https://x.org)\n\nText.\n").title == "The 2023 rules"


def test_strip_inline_leaves_plain_text_alone():
    for text in ("2 * 3 * 4 = 24", "a_b_c", "file_name.txt", "[1] Reuters (2019)", "see https://x.org/a_b_c"):
        assert strip_inline(text) == text
