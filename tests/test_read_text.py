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
    # the notes' markers left in the body go too ("…攫取美國尖端技術1。", "…主導11，"); real numbers stay
    assert "攫取美國尖端技術。" in text and "共刪除8 條" in text and "3.5%" in text
    assert len(re.findall(r"[\u4e00-\u9fff」）)][0-9]{1,3}[。，；]", text)) <= 2


def test_read_text_strips_note_markers_that_count_up_with_the_notes():
    raw = ("美方攫取尖端技術1。各方反應強烈2，中方回應3。共刪除8 條，第 4 章另述。\n\n" + " " * 40 + "\n"
           "1 USTR (2018).\n2 Reuters (2019).\n3 新華社（2019）。\n\f\n")
    (text, _, notes), *_ = clean_plain_text(raw)
    assert text == "美方攫取尖端技術。各方反應強烈，中方回應。共刪除8 條，第 4 章另述。" and len(notes) == 3


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


# --- encodings ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, encoding, detected", [
    ("政府は来年度から新しい輸入規制を導入すると発表した。国内の企業は対応を急いでいる。", "shift_jis", "cp932"),
    ("政府は来年度から新しい輸入規制を導入すると発表した。国内の企業は対応を急いでいる。", "euc_jp", "euc_jp"),
    ("정부는 내년부터 새로운 수입 규제를 도입한다고 밝혔다. 국내 기업들은 대응을 서두르고 있다.", "euc_kr", "cp949"),
    ("The “final” duty is €25 per tonne – effective from 1 May.", "cp1252", "cp1252"),
])
def test_read_text_legacy_encodings_read_in_their_own_script(tmp_path, text, encoding, detected):
    """Japanese and Korean bytes also decode as GB18030/Big5 (rare characters): the plausible reading wins."""
    f = tmp_path / "legacy.txt"
    f.write_bytes(text.encode(encoding))
    doc = read_document(f)
    assert doc.pages[0].text == text and doc.meta["encoding"] == detected


@pytest.mark.parametrize("text, encoding", [("关税调整", "gbk"), ("出口管制", "gbk"), ("關稅調整", "big5"), ("出口管制", "big5")])
def test_read_text_short_chinese_picks_the_plausible_reading(tmp_path, text, encoding):
    data = text.encode(encoding)
    data.decode("big5"), data.decode("gb18030")  # both codecs accept these bytes: only plausibility can tell
    f = tmp_path / "short.txt"
    f.write_bytes(data)
    assert read_document(f).pages[0].text == text


def test_read_text_implausible_bytes_are_refused_with_the_closest_encoding(tmp_path):
    # bytes that GB18030 decodes into rare characters only: refused, not stored as garbage
    f = tmp_path / "odd.txt"
    f.write_bytes(bytes(b for i in range(100) for b in (0x81 + i % 31, 0x40 + i % 63)))
    with pytest.raises(UnreadableFile, match=r"odd.txt: cannot decode .*closest: GB18030.* - re-save it as UTF-8"):
        read_document(f)


def test_read_text_utf16_byte_order_marks(tmp_path):
    text = "美國貿易代表署建議提高關稅。"  # no ASCII: no zero bytes to tell UTF-16 by
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        f = tmp_path / f"{enc}.txt"
        f.write_bytes(bom + text.encode(enc))
        assert read_document(f).pages[0].text == text


# --- paragraphs, joins -------------------------------------------------------------------------------

def test_read_text_blank_line_ends_a_paragraph_after_a_sentence_end():
    """One paragraph per line with blank lines between (a press release) stays one paragraph per line, even
    where the lines look hard-wrapped; hard-wrapped English paragraphs end at the blank line too."""
    paras = ["部長新聞稿", "今日公告修正輸出管制清單，新增工具機、電子零組件等共計二十七項貨品，自下月十五日起生效，違者依法處罰。",
             "本次修正係配合主要國家之出口管制措施，以防止我國產品經由第三國轉運至受制裁地區，廠商出口前應申請輸出許可證。",
             "業者如有疑義，可洽出口管理科。"]
    assert [t for t, *_ in clean_plain_text("\n\n".join(paras) + "\n")] == ["\n\n".join(paras)]
    raw = ("The review covered tariffs on steel and aluminum imports and found them effective.\n"
           "Imports fell while domestic output rose in the two years to 2021 as planned.\n\n"
           "Exporters argued that the measures ignored the cost of vertically integrated\n"
           "supply chains, which lower costs by an estimated twenty to thirty percent.\n")
    (text, _, _), = clean_plain_text(raw)
    assert text.split("\n\n") == [
        "The review covered tariffs on steel and aluminum imports and found them effective. Imports fell while "
        "domestic output rose in the two years to 2021 as planned.",
        "Exporters argued that the measures ignored the cost of vertically integrated supply chains, which lower "
        "costs by an estimated twenty to thirty percent.",
    ]


def test_read_text_number_cut_by_a_cjk_line_break_is_joined():
    raw = ("美國自二〇一八年起逐步強化對中國大陸的出口管制，並於20\n22年10月發布先進運算晶片的出口管制新\n"
           "規，限制半導體設備及相關技術的出口，影響全球供應鏈的布\n局，各國業者須重新調整其生產與採購的策略。\n")
    (text, _, _), = clean_plain_text(raw)
    assert "並於2022年10月" in text
    raw = ("The duties imposed in the first round were raised twice and the rates set in 2019\n"
           "2020 saw no change in the list of products covered by the action taken by the\n"
           "Trade Representative, although several exporters asked for exclusions of their\n"
           "goods from the list.\n")
    (text, _, _), = clean_plain_text(raw)
    assert "in 2019 2020 saw" in text  # English text wraps at spaces: two numbers, not one


@pytest.mark.parametrize("left, right, joined", [
    ("granted to battery manu-", "facturers", "battery manufacturers distorted"),
    ("granted to the non-", "EU producers", "the non-EU producers distorted"),
    ("paid out in the COVID-", "19 period", "the COVID-19 period distorted"),
    ("granted to some well-", "known makers", "some well-known makers"),  # the document spells "well-known" in a line
])
def test_read_text_hyphen_at_a_line_end(left, right, joined):
    """A lowercase word cut after a hyphen is made whole; a compound keeps its hyphen (a capital or a digit
    follows it, or the document spells the hyphenated form elsewhere)."""
    raw = (f"The Commission found in its review that the subsidies {left}\n"
           f"{right} distorted competition in the internal market and caused injury\n"
           "to producers in several member states, which a well-known study had already\n"
           "predicted in the year before the investigation was opened by the Commission.\n")
    (text, _, _), = clean_plain_text(raw)
    assert joined in text and "\n" not in text


# --- pages, page numbers, running headers ------------------------------------------------------------

def _pages(header: str, numbers: list[str], sep: str = "\n") -> str:
    bodies = ["第一段內容說明出口管制的背景與目的，並且列出主要的措施。", "第二段內容分析措施的影響，包括貿易與投資的變化。",
              "第三段內容提出因應的建議，供政府與業者參考。"]
    return sep.join(f"{header}\n\n{b}\n\n{' ' * 20}{n}\n" for b, n in zip(bodies, numbers))


@pytest.mark.parametrize("numbers", [["- 12 -", "- 13 -", "- 14 -"], ["— 3 —", "— 4 —", "— 5 —"],
                                     ["第 7 頁", "第 8 頁", "第 9 頁"], ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]])
def test_read_text_page_numbers_split_pages_and_running_header_goes(numbers):
    pages = clean_plain_text(_pages("全球政策觀察　第五期", numbers))
    assert [t for t, *_ in pages] == ["第一段內容說明出口管制的背景與目的，並且列出主要的措施。",
                                      "第二段內容分析措施的影響，包括貿易與投資的變化。", "第三段內容提出因應的建議，供政府與業者參考。"]


def test_read_text_two_pages_and_form_feeds():
    # two decorated page numbers are enough; with form feeds, the numbers before them go too
    assert len(clean_plain_text(_pages("觀察", ["- 12 -", "- 13 -", ""]))) == 3
    pages = clean_plain_text(_pages("Trade Bulletin            May 2024", ["1", "2", "3"], sep="\f"))
    assert len(pages) == 3 and all("Bulletin" not in t and not re.search(r"^\s*\d\s*$", t, re.M) for t, *_ in pages)
    pages = clean_plain_text(_pages("Trade Bulletin", ["- 7 -", "- 8 -", "- 9 -"], sep="\f"))
    assert len(pages) == 3 and all("Bulletin" not in t and "-" not in t for t, *_ in pages)


def test_read_text_running_footer_with_the_page_number_inside():
    bodies = ["甲段說明措施的背景。", "乙段分析措施的影響。", "丙段提出因應的建議。"]
    raw = "".join(f"{b}\n\n2021 年度報告 · 第 {n} 頁，共 3 頁\n\f" for n, b in enumerate(bodies, 1))
    assert [t for t, *_ in clean_plain_text(raw)] == bodies


def test_read_text_repeated_body_text_is_not_a_header():
    # a paragraph repeated at the top of two of four pages (not set off by a blank line) stays
    body = ["First point on the tariff review and its effect on imports\ncontinues on this line.",
            "Second point on exports\nand more text here.", "Third point.\nMore."]
    order = [body, body[1:] + body[:1], body[2:] + body[:2], body]
    raw = "\f".join("Bulletin\n\n" + "\n\n".join(p) + f"\n\n{n}\n" for n, p in enumerate(order, 1))
    pages = clean_plain_text(raw)
    assert len(pages) == 4 and all(t.count("First point") == 1 and "Bulletin" not in t for t, *_ in pages)


def test_read_text_title_without_a_header_s_spacing(tmp_path):
    f = tmp_path / "bulletin.txt"
    f.write_text("Trade Bulletin                         July 2024\n\nThe review found the duties effective.\n", encoding="utf-8")
    assert read_document(f).title == "Trade Bulletin July 2024"


def test_read_text_pipe_tables_become_tables_and_end_their_sentence(tmp_path):
    body = ("二、近期案件概況\n\n產品 | 涉案國 | 措施 | 稅率 | 生效日\n熱軋鋼品 | 中國大陸 | 臨時反傾銷稅 | 29.73% | 114/03/18\n"
            "鋁擠型材 | 中國大陸、越南 | 調查中 | － | 113/10/15立案\n\n此外，財政部於114年4月7日公告，對中國大陸產製之H型鋼展開反傾銷調查。\n\n"
            "Client Alert | International Trade | May 12, 2025\nNot a table: one line of pipes.\n")
    f = tmp_path / "t.txt"
    f.write_text("title: t\ndate: 2025-04-22\n\n" + body, encoding="utf-8")
    doc = read_document(f)
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert t.header == (("產品", "涉案國", "措施", "稅率", "生效日"),) and len(t.rows) == 2
    assert doc.pages[0].text[t.start:t.end].endswith("113/10/15立案")
    from nlp.events import extract_events

    evs = extract_events(doc, [])
    got = sorted((e.source, e.date, e.target, e.rate_pct, e.status) for e in evs)
    assert got == [("prose", "2025-04-07", ("China",), None, "considering"),
                   ("table", "2024-10-15", ("China", "Vietnam"), None, "considering"),
                   ("table", "2025-03-18", ("China",), 29.73, "implemented")]


def test_read_text_a_table_of_rates_is_dated_by_the_decision_above_it(tmp_path):
    f = tmp_path / "t.txt"
    f.write_text("title: 財政部公告\ndate: 2024-11-20\n\n"
                 "財政部今（20）日公告，自113年11月25日起對原產於中國大陸及韓國之熱軋鋼品課徵臨時反傾銷稅。\n\n"
                 "產地 | 廠商 | 臨時反傾銷稅率\n中國大陸 | 全部廠商 | 29.88%\n韓國 | 全部廠商 | 14.27%\n", encoding="utf-8")
    from nlp.events import extract_events

    evs = sorted((e for e in extract_events(read_document(f), []) if e.source == "table"), key=lambda e: -e.rate_pct)
    assert [(e.date, e.actor, e.rate_pct) for e in evs] == [("2024-11-20", "Taiwan", 29.88), ("2024-11-20", "Taiwan", 14.27)]
    # (the first row and the decision above it are one measure's mentions: their targets are merged)
    assert "China" in evs[0].target and evs[1].target == ("South Korea",)
