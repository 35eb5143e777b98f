"""Plain text: encodings, the seed report's PDF-extracted text cleaned like a PDF."""
from __future__ import annotations

import re

import pytest

from conftest import SEED_TXT
from nlp.errors import UnreadableFile
from nlp.read import read_document
from nlp.read.text import clean_plain_text

SAMPLE = "美中貿易戰與科技戰對全球價值鏈之影響。研究緣起：2018 年 7 月 6 日美國加徵關稅。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "big5", "gb18030"])
def test_read_text_encodings(tmp_path, encoding):
    text = SAMPLE if encoding != "gb18030" else "美中贸易战与科技战对全球价值链之影响。2018 年 7 月 6 日美国加征关税。\n"
    f = tmp_path / f"{encoding}.txt"
    f.write_bytes(text.encode(encoding))
    assert read_document(f).pages[0].text == text.strip()


def test_read_text_undecodable(tmp_path):
    f = tmp_path / "bin.txt"
    f.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(UnreadableFile, match=r"bin.txt: .* - "):
        read_document(f)


def test_read_text_joins_wrapped_lines_and_drops_page_numbers():
    raw = (
        "美中貿易戰、科技衝突看似由美國對中國大陸的巨額貿易逆\n\n差所引起，但是就中長期的觀點來看，美國更關切中國大陸的國\n\n"
        "有企業與準國有企業的營業行為和政府補貼等影響深遠的層面。 \n\n\n\n12 \n\n"
        "不過，經過多回合的交戰與協商，在 2020 年 1 月，美中簽署第一階段協議，重點內容包括：\n\n"
        "貿易平衡、市場准入與撤銷加徵關稅等。 \n\n13 \n\n同時，日韓間也出現貿易戰插曲。\n\n14\n"
    )
    pages = clean_plain_text(raw)
    assert [t for t, *_ in pages] == [
        "美中貿易戰、科技衝突看似由美國對中國大陸的巨額貿易逆差所引起，但是就中長期的觀點來看，美國更關切中國大陸的國有企業與準國有企業的營業行為和政府補貼等影響深遠的層面。",
        "不過，經過多回合的交戰與協商，在 2020 年 1 月，美中簽署第一階段協議，重點內容包括：貿易平衡、市場准入與撤銷加徵關稅等。",
        "同時，日韓間也出現貿易戰插曲。",
    ]


def test_read_text_separates_footnotes_under_a_rule():
    """A footnote block at a page's foot (the rule comes out as a line of spaces) leaves the body, the
    sentence it cut joins up again, notes are split at their numbers, and repeated link lines go."""
    raw = (
        "故一度傳出，商務部擬於 2020 年 1 月撤回該項提議。但川普將\n\n"
        "於 2 月 28 日再次開會討論，限制出口產品給華為。原則上，行\n\n"
        "政團隊不希望中國大陸掌握美國先進技術。屆時與會官員包括商\n\n" + " " * 43 + "\n"
        "8 James Lewis (2020), Export Controls / Dual Use Technology , \n\n"
        "Washington, DC: Center for Strategic and International Studies.  \n"
        "9 經濟日報，https://money.udn.com/money/story/10511/4545190。  \n"
        "https://money.udn.com/money/story/10511/4545190\n"
        " 務部長羅斯（Wilbur Ross）等高階官員。  \n"
    )
    (text, _, notes), = clean_plain_text(raw)
    assert text.endswith("政團隊不希望中國大陸掌握美國先進技術。屆時與會官員包括商務部長羅斯（Wilbur Ross）等高階官員。")
    assert "James" not in text and "經濟日報" not in text
    assert notes == ["James Lewis (2020), Export Controls / Dual Use Technology , Washington, DC: Center for "
                     "Strategic and International Studies.", "經濟日報，https://money.udn.com/money/story/10511/4545190。"]


def test_read_text_keeps_numbered_lines_that_are_not_notes():
    # numbered body lines under a run of spaces, with no indented line ending the block: text, not notes
    raw = "第三章 結論\n\n" + " " * 30 + "\n1 第一項建議：擴大投資。\n2 第二項建議：分散市場。\n" * 20
    (text, _, notes), = clean_plain_text(raw)
    assert notes == [] and "第一項建議" in text
    raw = "Results\n----------\n1 tariff line was cut.\n    indented code\n"  # a Markdown heading, not a rule
    (text, _, notes), = clean_plain_text(raw)
    assert notes == [] and "1 tariff line was cut." in text
    raw = "本段說明如下\n" + " " * 30 + "\n資料來源：USTR (2018), Special 301 Report.\n 下一頁的正文。\n"
    (text, _, notes), = clean_plain_text(raw)  # no note number opens the block, and no note before it
    assert notes == [] and "USTR" in text
    body = "".join(f"第{i}段正文沒有編號。\n" for i in range(6))  # after a real note: more than a note's tail
    raw = "正文\n" + " " * 30 + "\n1 USTR (2018).\n 正文續。\n" + " " * 30 + "\n" + body + " 下一頁。\n"
    (text, _, notes), = clean_plain_text(raw)
    assert notes == ["USTR (2018)."] and "第5段正文沒有編號" in text


def test_read_text_seed_report(corpus):
    doc = read_document(SEED_TXT)
    text = doc.text
    assert not re.search("[\u4e00-\u9fff，。、]\n[\u4e00-\u9fff，。、]", _prose(doc))
    assert not re.search("^\\s*(45|66|73|137)\\s*$", text, re.M)  # stray page numbers
    assert "美中貿易戰、科技衝突看似由美國對中國大陸的巨額貿易逆差所引起" in text
    t = next(t for t in doc.tables if t.caption and t.caption.startswith("表 2-1-1"))
    assert t.rows[0] == ("第 1 輪", "2018/7/6", "340", "818", "25", "已實施")
    assert len({len(r) for r in t.rows}) == 1 and len(t.rows) == 7
    assert t.header and t.header[0][0] == "項目類別"
    assert any(n.startswith("資料來源") for n in t.notes)
    page = doc.pages[t.page - 1]
    assert page.text[t.start : t.end].startswith("表 2-1-1")
    assert len({t.caption for t in doc.tables}) >= 35
    notes = [f for p in doc.pages for f in p.footnotes]  # the report's 102 source notes, out of the body
    assert len(notes) == 102 and notes[7].startswith("James Lewis (2020), Export Controls")
    assert "屆時與會官員包括商務部長羅斯" in text and "Center for Strategic and International Studies." not in text


def _prose(doc):
    out = []
    for p in doc.pages:
        text = p.text
        for t in sorted((t for t in doc.tables if t.page == p.number), key=lambda t: -t.start):
            text = text[: t.start] + text[t.end :]
        out.append(text)
    return "\n\n".join(out)


def test_read_text_markdown_front_matter_is_metadata_not_text(corpus):
    # A re-posted Federal Register abstract: the post's own date is 2026, the notice's is 2022-10-04.
    path = next((corpus / "fr_abstracts").glob("2022-10-04-*entity-list*.md"))
    doc = read_document(path)
    assert doc.title == "Additions of Entities to the Entity List"
    assert doc.date == "2022-10-04"
    assert not doc.pages[0].text.startswith("---") and "layout: post" not in doc.text
    assert doc.meta["header"]["item_id"] == "federal_register:2022-21520"


def test_read_text_scraped_news_header_gives_title_and_date(corpus):
    doc = read_document(corpus / "cn_news_tradewar_2019" / "news_2019-05-16_03.txt")
    assert doc.title == "中美贸易战加剧之际,特朗普采取行动遏制华为"
    assert doc.date == "2019-05-16"
    assert "遏制华为" in doc.pages[0].text  # the headline stays searchable
