"""Date parsing: the forms of the brief, ROC years, context years, ranges and periods."""
from __future__ import annotations

import pytest

from nlp.normalize.dates import YearTracker, parse_date, parse_dates, roc_to_gregorian


def _render(text, **kw):
    return [(d.iso, d.precision, d.end_iso, d.kind) for d in parse_dates(text, **kw)]


@pytest.mark.parametrize("text, iso, precision", [
    ("2018 年 7 月 6 日，USTR 依據", "2018-07-06", "day"),
    ("2018年7月6日", "2018-07-06", "day"),
    ("2018/7/6", "2018-07-06", "day"),
    ("2019/5 臺灣", "2019-05", "month"),
    ("陸政府再於 2020 年 2 月 17 ", "2020-02-17", "day"),
    ("May 16, 2019", "2019-05-16", "day"),
    ("16 May 2019", "2019-05-16", "day"),
    ("in July 2019 the", "2019-07", "month"),
    ("time:2019-05-20 11:31", "2019-05-20", "day"),
    ("109 年 5 月 8 日舉行", "2020-05-08", "day"),
    ("民國 108 年", "2019", "year"),
    ("國家發展委員會 108 年度", "2019", "year"),
    ("二〇一九年五月十日", "2019-05-10", "day"),
    ("二零一九年", "2019", "year"),
    ("於 2017 年底發表", "2017-12", "month"),
    ("documents/2018/11/19/2018-25221/review", "2018-11-19", "day"),
    ("On December 12, 2019, the U.S.", "2019-12-12", "day"),
])
def test_normalize_dates_single_forms(text, iso, precision):
    d = parse_date(text)
    assert d is not None and (d.iso, d.precision) == (iso, precision)
    assert text[d.start:d.end] == d.raw


@pytest.mark.parametrize("text", [
    "過去 10 年來", "10 個月", "2,000 億美元", "2000亿美元", "E7%A8%85%", "第 22 條", "近 5 年中",
    "20\n19 年 5 月", "(19/11/10)", "it may rain", "變化比例(%) 16.4 6.7 26.0",
    "federal_register:2022-21658", "Made in China 2025 or AI 2030", "中國製造 2025 所規劃", "COVID-2019",
])
def test_normalize_dates_not_dates(text):
    assert parse_dates(text) == []


@pytest.mark.parametrize("text, expected", [
    ("2018 年 4 月至 2020 年 1 月", [("2018-04", "month", "2020-01", "range")]),
    ("2017 年 1 月到 2020 年 1 月 31 日", [("2017-01", "month", "2020-01-31", "range")]),
    ("2019 年前 10 個月", [("2019-01", "month", "2019-10", "period")]),
    ("2019 年上半年", [("2019-01", "month", "2019-06", "period")]),
    ("2020 年第一季", [("2020-01", "month", "2020-03", "period")]),
    ("2018 年 6 月至 12 月", [("2018-06", "month", "2018-12", "range")]),
    ("2018 年 7 月 6 日至 9 日", [("2018-07-06", "day", "2018-07-09", "range")]),
    ("2018-2019 年", [("2018", "year", "2019", "range")]),
    ("in the 2018–2019 period", [("2018", "year", "2019", "range")]),
    ("between March 2018 and May 2019", [("2018-03", "month", "2019-05", "range")]),
    ("Q3 2019", [("2019-07", "month", "2019-09", "period")]),
])
def test_normalize_dates_ranges_and_periods(text, expected):
    assert _render(text) == expected


def test_normalize_dates_year_from_context():
    text = "2019 年 8 月 1 日宣布，8 月 26 日又表示；同年 12 月 13 日達成協議，隔年 1 月 15 日簽署。"
    assert [d.iso for d in parse_dates(text)] == ["2019-08-01", "2019-08-26", "2019-12-13", "2020-01-15"]
    assert [d.inferred for d in parse_dates(text)] == [False, True, True, True]
    assert parse_dates("8 月 26 日") == []                          # no year known: nothing guessed
    assert parse_date("8 月 26 日", context_year=2019).iso == "2019-08-26"


def test_normalize_dates_relative_to_document_date():
    assert parse_date("今年 5 月", doc_date="2020-06-01").iso == "2020-05"
    assert parse_date("去年 5 月 19 日", doc_date="2019-05-20").iso == "2018-05-19"
    assert parse_date("今年 5 月") is None


def test_normalize_dates_year_tracker_walks_a_document():
    t = YearTracker()
    assert t.feed("美方於 2018 年 7 月 6 日加徵關稅。") and t.year == 2018
    assert t.feed("8 月 23 日，第二輪生效。")[0].iso == "2018-08-23"
    assert t.feed("2019 年 5 月 10 日，稅率上調。")[0].iso == "2019-05-10"
    assert t.feed("9 月 1 日，第四輪實施。")[0].iso == "2019-09-01"


def test_normalize_roc_to_gregorian_table():
    assert [roc_to_gregorian(y) for y in (1, 89, 108, 109)] == [1912, 2000, 2019, 2020]


@pytest.mark.parametrize("text, expected", [
    ("在 2020 年 1~4 月，臺灣對中", [("2020-01", "month", "2020-04", "range")]),
    ("2019 年 1-7 月與", [("2019-01", "month", "2019-07", "range")]),
    ("（2018 年 7 月 6 日至 2019\n\n年 12 月 31 日）", [("2018-07-06", "day", "2019-12-31", "range")]),
    ("至 2019\n\n年 5 月為止", [("2019-05", "month", None, "date")]),
])
def test_normalize_dates_month_ranges_and_pdf_line_breaks(text, expected):
    assert _render(text) == expected


def test_normalize_dates_title_years_do_not_set_the_context_year():
    text = "2018 年 3 月，美方援引 1962 年《貿易擴張法》第 232 條，依據《1974 年貿易法》，自 8 月 1 日起"
    assert [d.iso for d in parse_dates(text)] == ["2018-03", "1962", "1974", "2018-08-01"]
    assert parse_dates("the Trade Act of 1974, on May 16", context_year=2019)[-1].iso == "2019-05-16"


# ---- dates a news item gives relative to its own date ----

@pytest.mark.parametrize("text, doc_date, iso", [
    ("商务部不可靠实体清单工作机制16日发布公告", "2023-02-17", "2023-02-16"),
    ("美國總統拜登14日宣布", "2024-05-15", "2024-05-14"),
    ("商务部3日发布公告", "2024-12-04", "2024-12-03"),
    ("（中央社記者臺北30日電）", "2024-06-02", "2024-05-30"),  # a later day than the item's is last month's
    ("今（20）日宣布", "2024-05-20", "2024-05-20"),
    ("中國大陸則於上週四（16日）搶先遞件", "2021-09-23", "2021-09-16"),
    ("國貿署本月10日公告", "2025-06-12", "2025-06-10"),
    ("USTR said on Wednesday it would", "2022-03-24", "2022-03-23"),
    ("Trump on Friday signed an order", "2020-08-14", "2020-08-14"),  # the item's own weekday is that day
    ("Last October, Foxconn said", "2025-05-13", "2024-10"),
    ("Beijing said yesterday", "2025-01-02", "2025-01-01"),
    ("上月，顧家家居發布公告稱", "2024-07-10", "2024-06"),
    ("下个月开工", "2024-12-10", "2025-01"),
    ("it began producing last month", "2025-01-22", "2024-12"),
    ("tariffs rose this year", "2025-04-22", "2025"),
    ("widened its licensing requirement in September", "2024-12-03", "2024-09"),
    ("took effect in December", "2024-06-03", "2023-12"),  # a bare month is the latest one up to the item's
    ("財政部本（8）月4日公告", "2023-08-10", "2023-08-04"),
    ("上（6）月底", "2023-07-10", "2023-06"),
    ("台美雙方於今（112）年6月1日在華府簽署", "2023-08-10", "2023-06-01"),  # an ROC year in brackets
    ("美方上週宣布", "2025-03-03", "2025-02"),  # a week without its day: the month it mostly falls in
    ("the ministry said last week", "2025-03-12", "2025-03"),
])
def test_normalize_dates_relative_to_the_documents_date(text, doc_date, iso):
    assert [d.iso for d in parse_dates(text, doc_date=doc_date)] == [iso]


def test_normalize_dates_model_numbers_are_not_years():
    assert parse_dates("ASML's 1970i and 1980i immersion lithography tools") == []
    assert [d.iso for d in parse_dates("in the 1990s")] == ["1990"]


@pytest.mark.parametrize("text", ["須在30日內完成", "第3日", "16 日以後"])
def test_normalize_dates_durations_are_not_relative_days(text):
    assert parse_dates(text, doc_date="2024-05-15") == []


def test_normalize_dates_relative_days_need_the_documents_date():
    assert parse_dates("商务部3日发布公告") == [] and parse_dates("said on Wednesday") == []


def test_day_month_without_a_year_takes_the_context_year():
    from nlp.normalize.dates import parse_dates

    got = [(d.iso, d.inferred) for d in parse_dates("On 10 July, the Commission initiated an investigation; published on 17 June.",
                                                     context_year=2025, doc_date="2025-07-22")]
    assert got == [("2025-07-10", True), ("2025-06-17", True)]
    assert [d.iso for d in parse_dates("Brussels, 8 October 2025", context_year=None, doc_date=None)] == ["2025-10-08"]


def test_relative_month_ahead_and_from_this_day():
    from nlp.normalize.reldates import parse_relative_dates

    assert [iso for *_, iso in parse_relative_dates("expected to take effect in April", "2023-03-16")] == ["2023-04"]
    assert [iso for *_, iso in parse_relative_dates("the rules changed in April", "2023-03-16")] == ["2022-04"]
    assert [iso for *_, iso in parse_relative_dates("决定自即日起实施", "2025-10-09")] == ["2025-10-09"]


def test_normalize_dates_hou_nian_after_production_is_no_year():
    # "擴產後年產能": "after the expansion, annual capacity", not "the year after next"
    assert parse_dates("擴產後年產能將由目前約6,000萬支提高至1億支。", context_year=2025, doc_date="2025-10-16") == []
    assert [d.iso for d in parse_dates("預計後年3月投產", context_year=2025, doc_date="2025-10-16")] == ["2027-03"]
