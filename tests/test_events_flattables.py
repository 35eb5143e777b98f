"""Tables left as running text by a reader (unruled PDF tables): rows cut at dates, glued cells split."""
from __future__ import annotations

from nlp.events import extract_events
from nlp.events.flattables import _tokens
from nlp.types import Document, Page


def test_events_flattables_glued_cells_split_at_status_countries_and_nil():
    assert _tokens("2018/10 臺灣神達電子臺灣、越南已遷廠") == ["2018/10", "臺灣", "神達電子", "臺灣、越南", "已遷廠"]
    assert _tokens("2018/10 日本 Nidec 家電 NIL 已遷廠") == ["2018/10", "日本", "Nidec", "家電", "NIL", "已遷廠"]


def test_events_flattables_rows_over_a_page_break_keep_exact_spans():
    p1 = ("外資撤出的情況見下表。表 9-1-5 中國大陸外商撤廠情況（2018 年 4 月至 2020 年 1 月）\n\n時間國籍外資企業產業遷廠目的地狀態 "
          "2018/10 日本 Panasonic 家電越南已遷廠 2018/10 美國 Lennox 空調 NIL 已遷廠")
    p2 = "2019/6 日本 Sharp 電子越南、臺灣考慮中\n\n資料來源：本研究整理。"
    doc = Document(doc_id="d", path="d.pdf", title="d", pages=(Page(1, p1), Page(2, p2)))
    evs = [e for e in extract_events(doc, []) if e.source == "table"]
    assert [(e.actor, e.date, e.status, e.destination, e.page) for e in evs] == [
        ("Panasonic", "2018-10", "implemented", ("Vietnam",), 1),
        ("Lennox", "2018-10", "implemented", (), 1),
        ("Sharp", "2019-06", "considering", ("Vietnam", "Taiwan"), 2),
    ]
    for e in evs:
        assert doc.pages[e.page - 1].text[e.start:e.end] == e.evidence
    assert evs[0].target == ("China",) and evs[0].extra["nationality"] == "Japan"
