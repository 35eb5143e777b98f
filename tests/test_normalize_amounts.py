"""Amounts, rates and counts: the forms of the brief."""
from __future__ import annotations

import pytest

from nlp.normalize.amounts import parse_amounts, parse_counts, parse_rate_changes, parse_rates


@pytest.mark.parametrize("text, value, currency, inferred", [
    ("金額為 340 億美元。", 34e9, "USD", False),
    ("易制裁（2,000 億美元）", 2e11, "USD", False),
    ("即進口 3,870 萬美元活家禽", 3.87e7, "USD", False),
    ("新臺幣投資 8,641 億元", 8.641e11, "TWD", True),
    ("USD 34 billion", 34e9, "USD", False),
    ("$200 billion", 2e11, "USD", False),
    ("US$ 1.5 million", 1.5e6, "USD", False),
    ("二千億美元", 2e11, "USD", False),
    ("2000亿美元", 2e11, "USD", False),
    ("國防部投入 7 千 5 百萬美元", 7.5e7, "USD", False),
    ("1.9 兆韓元以上", 1.9e12, "KRW", False),
    ("人民幣 6.6 萬", 6.6e4, "CNY", False),
    ("$34bn", 34e9, "USD", False),
    ("RMB 100 billion", 1e11, "CNY", False),
    ("161 million NZ dollars", 1.61e8, "NZD", False),
    ("tariffs on 200 billion U.S. dollars", 2e11, "USD", False),
    ("处十万元以上罚款", 1e5, "CNY", True),
    # the ten-thousands after the hundred-millions belong to one amount
    ("總投資金額以不超過美金2億8,000萬元為上限", 2.8e8, "USD", False),
    ("投资1亿2千万美元", 1.2e8, "USD", False),
])
def test_normalize_amounts_forms(text, value, currency, inferred):
    a = parse_amounts(text)[0]
    assert (a.value, a.currency, a.currency_inferred) == (pytest.approx(value), currency, inferred)
    assert a.usd == (pytest.approx(value) if currency == "USD" else None)
    assert text[a.start:a.end] == a.raw


def test_normalize_amount_ranges():
    a = parse_amounts("1.3 兆元～1.9 兆元人民幣")[0]
    assert (a.low, a.high, a.currency) == (1.3e12, 1.9e12, "CNY")
    a = parse_amounts("總經費約 1.4～2.4 億美元")[0]
    assert (a.value, a.high, a.usd) == (1.4e8, 2.4e8, 1.4e8)


@pytest.mark.parametrize("text", ["14 億人", "75 億", "population of 3 billion", "2018-2020 年", "5 m", "萬元，採",
                                  "工業 4.0 元件之間", "單位為千元。"])
def test_normalize_amounts_not_money(text):
    assert parse_amounts(text) == []


@pytest.mark.parametrize("text, value, kind", [
    ("25%", 25.0, "percent"), ("5-10%", (5.0, 10.0), "percent"), ("5%～25%", (5.0, 25.0), "percent"),
    ("7.5%", 7.5, "percent"), ("15 個百分點", 15.0, "points"), ("25 percent", 25.0, "percent"),
    ("25 per cent", 25.0, "percent"), ("百分之二十五", 25.0, "percent"), ("三分之一", 33.3333, "fraction"),
    ("万分之五的滞纳金", 0.05, "fraction"), ("80 to 90 percent", (80.0, 90.0), "percent"),
    ("by one percentage point", 1.0, "points"), ("10-percent tariffs", 10.0, "percent"),
    ("0.4个百分点", 0.4, "points"),
])
def test_normalize_rates_forms(text, value, kind):
    r = parse_rates(text)[0]
    assert (r.value, r.kind) == (value, kind)


def test_normalize_rates_negative_values():
    assert [r.value for r in parse_rates("由 -4.7% 降低到-2.8%，而 5-10% 不變")] == [-4.7, -2.8, (5.0, 10.0)]


@pytest.mark.parametrize("text", ["E7%A8%85%", "%E5%8F%", "變化比例(%) 16.4 6.7"])
def test_normalize_rates_not_rates(text):
    assert parse_rates(text) == []


@pytest.mark.parametrize("text, n, unit", [
    ("818 項輸美產品", 818, "項"), ("5,745 個", 5745, "個"), ("37 家", 37, "家"), ("70 家附屬事業", 70, "家"),
    ("adding 33 entities", 33, "entities"), ("279 tariff lines", 279, "tariff lines"),
    ("adding seven entities", 7, "entities"), ("twenty-four entities", 24, "entities"),
    ("1,585 taxable items", 1585, "items"), ("3805种产品", 3805, "种"),
])
def test_normalize_counts_forms(text, n, unit):
    c = parse_counts(text)[0]
    assert (c.n, c.unit) == (n, unit)


@pytest.mark.parametrize("text", ["10 個月", "一個重要", "301 條款", "第 22 條第 1 項", "6个月", "材料及零件等",
                                  "中國製造 2025 所規劃"])
def test_normalize_counts_not_counts(text):
    assert parse_counts(text) == []


@pytest.mark.parametrize("text, changes", [
    # sentences from the shared corpus (fr_abstracts, cn_news_tradewar_2019, seed report, work reports)
    ("in this Section 301 investigation by reducing the rate of additional duty on certain products of China "
     "from 15 percent to 7.5 percent", [(15.0, 7.5)]),
    ("將 1,162 億美元的加徵關稅比例，由 15%折半到 7.5%，並推遲餘", [(15.0, 7.5)]),
    ("继对2000亿美元中国输美产品加征的关税从10%上调至25%后，美方又进一步威胁", [(10.0, 25.0)]),
    ("美方威胁要将对中国2000亿输美产品加征关税的税率由10%上调至25%", [(10.0, 25.0)]),
    ("关税总水平从9.8%降至7.4%。", [(9.8, 7.4)]),
    ("硬體產品之比例從 95％下降到 90％、而網通產品從 90％下降", [(95.0, 90.0)]),
    ("是從 90%下降到 70-75% ", [(90.0, (70.0, 75.0))]),
    ("报销比例由50%提高到60%，进一步减轻大病患者", [(50.0, 60.0)]),
    # English forms the brief names (no such sentence in the corpus)
    ("the U.S. raised tariffs from 10% to 25% on $200 billion of goods", [(10.0, 25.0)]),
    ("duties were raised from 10 to 25 percent", [(10.0, 25.0)]),
])
def test_normalize_rate_changes(text, changes):
    got = parse_rate_changes(text)
    assert [(c.old.value, c.new.value) for c in got] == changes
    for c in got:
        assert text[c.start:c.end] == c.raw and c.old.end <= c.new.start
    # both rates are also plain rates
    assert [r.value for r in parse_rates(text)][:2] == [v for pair in changes for v in pair][:2]


@pytest.mark.parametrize("text, rates", [
    ("tariffs ranging from 5 to 25 percent", [(5.0, 25.0)]),     # a range, not a change
    ("从6月1日起将对5140种美国产品加征5%，10%，20%和25%的关税", [5.0, 10.0, 20.0, 25.0]),   # a list
    ("tariffs of 5-10% on goods", [(5.0, 10.0)]),
])
def test_normalize_rate_ranges_are_not_changes(text, rates):
    assert parse_rate_changes(text) == []
    assert [r.value for r in parse_rates(text)] == rates


@pytest.mark.parametrize("text", ["中国被迫也对美国开始征收几百亿美金的商品的关税", "損失數十億美元"])
def test_normalize_vague_quantities_are_not_amounts(text):
    # cn_news_tradewar_2019/news_2019-05-15_02.txt: "几百亿" is "several tens of billions", not 1e10
    assert parse_amounts(text) == []


@pytest.mark.parametrize("text, n, unit", [
    ("restricts shipments to China of 24 types of chipmaking equipment", 24, "types"),
    ("announced asset freezes against seven U.S. defense firms", 7, "firms"),  # two words between number and noun
    ("extended 352 product exclusions", 352, "product exclusions"),
    ("removing three vessels from the SDN List", 3, "vessels"),
    ("directed five Chinese-linked investors to sell down their stakes", 5, "investors"),
])
def test_normalize_counts_of_types_vessels_investors_and_exclusions(text, n, unit):
    assert [(c.n, c.unit) for c in parse_counts(text)] == [(n, unit)]
