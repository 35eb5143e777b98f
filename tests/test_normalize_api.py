"""Smoke tests of the normalize API shapes the event extractor relies on."""
from __future__ import annotations

import pytest

from nlp.normalize import (YearTracker, canonical_name, find_names, parse_amounts, parse_counts, parse_date,
                           parse_dates, parse_rates, roc_to_gregorian)


def test_normalize_roc_to_gregorian():
    assert roc_to_gregorian(109) == 2020


@pytest.mark.parametrize("odd", [None, "", 123, "\x00\x01", "年月日" * 50, "％％％", "9" * 400])
def test_normalize_parsers_never_raise(odd):
    for fn in (parse_dates, parse_amounts, parse_rates, parse_counts, find_names):
        assert isinstance(fn(odd), list)
    assert parse_date(odd) is None or parse_date(odd).iso


def test_normalize_year_tracker_carries_year_across_passages():
    t = YearTracker()
    assert [d.iso for d in t.feed("2019 年 8 月 1 日，美方宣布加徵關稅。")] == ["2019-08-01"]
    d = t.feed("8 月 26 日又表示延後。")[0]
    assert (d.iso, d.inferred) == ("2019-08-26", True)
    assert t.feed("隔年 1 月 15 日簽署第一階段協議")[0].iso == "2020-01-15"


def test_normalize_rate_value_shape():
    assert parse_rates("5-10%")[0].value == (5.0, 10.0)
    assert parse_rates("25%")[0].value == 25.0


def test_normalize_amount_usd_and_rates_table():
    a = parse_amounts("8,641 億元", default_currency="TWD", rates={"TWD": 0.033})[0]
    assert (a.currency, a.currency_inferred) == ("TWD", True)
    assert a.usd == pytest.approx(864100000000 * 0.033)


def test_normalize_canonical_name_case_rules():
    assert canonical_name("US") == "United States"
    assert canonical_name("us") is None
    assert canonical_name("商務部", context="美國政府") == "US Department of Commerce"
    assert canonical_name("商務部", context="中國大陸") == "PRC Ministry of Commerce (MOFCOM)"
