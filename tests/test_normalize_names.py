"""Names: every alias in nlp/data/names.yaml resolves; case rules; ambiguous agencies from context."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from nlp.normalize.names import NAMES_FILE, canonical_name, find_names, name_kind

DATA = yaml.safe_load(Path(NAMES_FILE).read_text(encoding="utf-8"))
ALIASES = [(str(a), e["canonical"]) for e in DATA["entities"] for a in [e["canonical"], *e["aliases"]]]


def test_normalize_names_file_has_no_alias_under_two_names():
    seen = {}
    for alias, canon in ALIASES:
        assert seen.setdefault(alias, canon) == canon, f"{alias!r} is listed under {seen[alias]!r} and {canon!r}"


@pytest.mark.parametrize("alias, canon", ALIASES)
def test_normalize_every_alias_resolves(alias, canon):
    assert canonical_name(alias) == canon
    found = find_names(alias)
    assert [(m.start, m.end, m.canonical) for m in found] == [(0, len(alias), canon)]
    assert name_kind(canon) in ("country", "agency", "company", "org", "place")


@pytest.mark.parametrize("amb", DATA["ambiguous"], ids=lambda a: a["aliases"][0])
def test_normalize_ambiguous_alias_follows_the_country_before_it(amb):
    for country, canon in amb["by_country"].items():
        for alias in amb["aliases"]:
            assert canonical_name(alias, context=country) == canon
            text = f"{country} said the {alias} will act" if alias.isascii() else f"{country}表示，{alias}將採取措施"
            assert find_names(text)[-1].canonical == canon


@pytest.mark.parametrize("text, expected", [
    ("let us see the US and EU", ["United States", "European Union"]),
    ("美國商務部將華為列入實體清單", ["US Department of Commerce", "Huawei"]),
    ("美國政府表示，商務部將擴大外國直接產品規則", ["United States", "US Department of Commerce"]),
    ("中國大陸商務部宣布反制", ["PRC Ministry of Commerce (MOFCOM)"]),
    ("商务部新闻发言人表示", ["PRC Ministry of Commerce (MOFCOM)"]),
    ("期間，商務部亦將更多企業列入實體清單", ["US Department of Commerce"]),
    ("國務院關稅稅則委員會公告", ["State Council Tariff Commission"]),
    ("美国贸易代表办公室宣布对华为加征", ["USTR", "Huawei"]),
    ("South Korea and North Korea", ["South Korea", "North Korea"]),
    ("SK海力士與三星、台積電、鴻海", ["SK Hynix", "Samsung", "TSMC", "Foxconn"]),
    ("The U.S. Department of Commerce added Huawei Technologies", ["US Department of Commerce", "Huawei"]),
    ("日本經濟產業省對韓國實施出口管制", ["METI", "South Korea"]),
    ("ＵＳＴＲ與ＷＴＯ", ["USTR", "World Trade Organization"]),
    ("U.S. officials met. Then a Chinese Foreign Ministry spokesperson said", ["United States", "PRC Ministry of Foreign Affairs"]),
    ("8 月 1 日，商務部又將 44 家中國大陸軍工單位列入實體清單", ["US Department of Commerce", "China"]),
    ("the 19th National Congress of the CPC", []),
])
def test_normalize_find_names_in_sentences(text, expected):
    found = find_names(text)
    assert [m.canonical for m in found] == expected
    assert all(text[m.start:m.end] == m.raw for m in found)


@pytest.mark.parametrize("alias", ["us", "Us", "eu", "bis", "商務", "不存在的公司", "", "   "])
def test_normalize_unknown_or_wrong_case_aliases(alias):
    assert canonical_name(alias) is None


@pytest.mark.parametrize("canon, country", [
    ("China", "China"), ("USTR", "United States"), ("US Department of Commerce", "United States"),
    ("PRC Ministry of Commerce (MOFCOM)", "China"), ("State Council Tariff Commission", "China"),
    ("METI", "Japan"), ("Huawei", None), ("no such name", None),
])
def test_normalize_name_country(canon, country):
    from nlp.normalize.names import name_country

    assert name_country(canon) == country


def test_normalize_every_agency_has_a_country():
    from nlp.normalize.names import load_names, name_country

    kinds = load_names().kinds
    assert [c for c, k in kinds.items() if k == "agency" and name_country(c) is None] == []


def test_currency_prefix_is_no_state():
    from nlp.normalize.names import find_names

    assert [n.canonical for n in find_names("a minimum of US$7,000, paid in U.S. dollars, set by the US")] == ["United States"]



def test_names_a_continent_is_not_mainland_china():
    assert [n.canonical for n in find_names("非洲大陸自由貿易區與中國大陸")] == ["China"]
    assert [n.canonical for n in find_names("這次大陸宣布的最新大陸政策")] == ["China", "China"]
