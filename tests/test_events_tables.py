"""Table rows -> events by header semantics: units, NIL, statuses, ranges, continuation rows, caption parties."""
from __future__ import annotations

import pytest

from nlp.clean import render_row
from nlp.events.tables import table_events
from nlp.types import Table


def _table(caption, header, rows):
    body = "\n".join([caption] + [render_row(r) for r in (*header, *rows)])
    text = "前文。\n\n" + body + "\n\n後文。"
    t = Table(page=1, caption=caption, header=tuple(map(tuple, header)), rows=tuple(map(tuple, rows)),
              start=len("前文。\n\n"), end=len("前文。\n\n") + len(body))
    return t, text


def test_events_tables_tariff_rounds_units_nil_ranges():
    t, text = _table(
        "表 9-9-9 中國大陸對美國的貿易反制（2018 年至 2019 年）",
        [["項目類別", "日期", "金額"], ["(億美元)"], ["貨品項目(個)", "稅率"], ["(%)"], ["狀態"]],
        [["第 1 輪", "2018/7/6", "340", "545", "25", "已實施"],
         ["第 3 輪", "2018/9/24", "600", "5,207", "5-10", "已實施"],
         ["前 3 輪", "NIL", "2,500", "NIL", "30", "計畫中"]],
    )
    evs = table_events("d", t, text)
    assert [e.type for e in evs] == ["tariff"] * 3
    first, third, plan = evs
    assert (first.actor, first.target, first.date) == ("China", ("United States",), "2018-07-06")
    assert (first.amount_usd, first.items, first.rate_pct, first.status) == (34e9, 545, 25.0, "implemented")
    assert third.rate_pct == (5.0, 10.0) and third.items == 5207
    assert (plan.date, plan.items, plan.status, plan.amount_usd) == (None, None, "planned", 2.5e11)
    for e in evs:
        assert text[e.start:e.end] == e.evidence and e.source == "table"
    assert first.confidence > plan.confidence


def test_events_tables_relocation_with_repeated_header_and_destinations():
    hdr = ["時間", "國籍", "外資企業", "產業", "遷廠目的地", "狀態"]
    t, text = _table(
        "表 9-9-8 中國大陸外商撤廠情況",
        [],
        [hdr, ["2018/10", "日本", "Panasonic", "家電", "越南", "已遷廠"],
         ["2019/7", "美國", "Xcel", "Brands", "零售", "越南、柬埔寨", "已遷廠"],
         hdr,
         ["2019/6", "日本", "Sharp", "電子", "NIL", "考慮中"]],
    )
    evs = table_events("d", t, text)
    assert [(e.actor, e.date, e.status) for e in evs] == [
        ("Panasonic", "2018-10", "implemented"), ("Xcel Brands", "2019-07", "implemented"), ("Sharp", "2019-06", "considering")]
    assert evs[0].destination == ("Vietnam",) and evs[1].destination == ("Vietnam", "Cambodia")
    assert evs[2].destination == () and evs[0].target == ("China",)
    assert evs[0].extra["nationality"] == "Japan" and evs[0].extra["industry"] == "家電"


def test_events_tables_wrapped_cells_fold_into_their_row():
    t, text = _table(
        "表 9-9-7 美國對中國大陸出口管制",
        [["時間", "家數", "涉案中資企業"]],
        [["2018/4/16", "1", "中興通訊"], ["2019/5/22", "3"], ["中科曙光、無錫江南計算技術研究所、成都海光集"], ["成電路"]],
    )
    evs = table_events("d", t, text)
    assert len(evs) == 2
    assert (evs[0].type, evs[0].actor, evs[0].target, evs[0].items) == ("export_control", "United States", ("ZTE",), 1)
    assert evs[1].items == 3 and len(evs[1].target) == 3 and evs[1].target[-1].endswith("成都海光集成電路")
    assert "成電路" in evs[1].evidence and text[evs[1].start:evs[1].end] == evs[1].evidence


def test_events_tables_acquisitions_split_acquirer_and_target():
    t, text = _table(
        "表 9-9-6 美國對中國大陸企業併購否決",
        [],
        [["時間", "中資企業", "目標企業", "產業", "金額(億美元)"], ["2017/1", "阿裡巴巴", "Money", "Gram", "金融", "18"]],
    )
    (e,) = table_events("d", t, text)
    assert e.type == "investment_restriction" and e.amount_usd == 1.8e9
    assert e.extra["deal_target"] == "Money Gram" and e.extra["industry"] == "金融"


@pytest.mark.parametrize("caption,header", [
    ("表 1 各國對華為准入之態度", [["狀態", "國家"]]),
    ("表 2 產業分類", [["NAICS 碼", "項目名稱"]]),
])
def test_events_tables_non_event_tables_yield_nothing(caption, header):
    t, text = _table(caption, header, [["已宣布禁止", "澳洲、日本"], ["336411", "飛機製造"]])
    assert table_events("d", t, text) == []


def test_events_tables_continued_over_pages_share_the_header():
    from nlp.events import extract_events
    from nlp.types import Document, Page

    cap = "表 9-9-5 中國大陸對美國的貿易反制"
    t1, x1 = _table(cap, [["項目類別", "日期", "金額"], ["(億美元)"], ["貨品項目"]], [])
    t2, x2 = _table(cap, [["項目類別", "日期", "金額"], ["(個)"], ["稅率"], ["(%)"], ["狀態"]],
                    [["第 1 輪", "2018/7/6", "340", "545", "25", "已實施"]])
    from dataclasses import replace

    doc = Document(doc_id="d", path="d.pdf", title="d", pages=(Page(1, x1), Page(2, x2)),
                   tables=(replace(t1, page=1), replace(t2, page=2)))
    (e,) = extract_events(doc, [])
    assert (e.amount_usd, e.items, e.rate_pct, e.page) == (34e9, 545, 25.0, 2)
