"""English names of firms named only in Chinese (nlp.normalize.firm_names) and their use as event actors."""
from __future__ import annotations

import pytest

from nlp.normalize.firm_names import english_firm_name
from nlp.read import read_document
from nlp.events import extract_events


@pytest.mark.parametrize("name, text, expect", [
    # the legal form dropped, trade words translated, the rest in pinyin; a place opening the name is kept
    ("深圳储锐能源科技股份有限公司", "", "Shenzhen Churui Energy Technology"),
    ("浙江恒锐汽车零部件股份有限公司", "", "Zhejiang Hengrui Auto Parts"),
    ("碩陽光電", "", "Shuoyang Optoelectronics"),
    ("昇碳材料", "", "Shengtan Materials"),
    ("宁波储源能源科技有限公司", "", "Ningbo Chuyuan Energy Technology"),
    # readings firms' names use (長 chang, 晟 sheng), and a character outside the basic plane once simplified
    ("長鋰化學", "", "Changli Chemical"),
    ("德晟能源", "", "Desheng Energy"),
    ("鋐騏精密", "", "Hongqi Precision"),
    # the document's own Latin spelling of the distinctive part: a subsidiary's name, Wade-Giles
    ("崧達資通股份有限公司", "SongTa Technology (USA) Inc. 為本公司子公司", "SongTa Infocomm"),
    ("鋐騏精密", "對越南子公司HONGQI PRECISION VIETNAM CO., LTD.現金增資", "Hongqi Precision"),
    ("欣碩電子股份有限公司", "Hsinshuo Electronics (Vietnam) Co., Ltd.", "Hsinshuo Electronics"),
    # an English name given in brackets after the Chinese one
    ("瀚宇智联", "瀚宇智联（Hanyu Zhilian Co., Ltd.）宣布", "Hanyu Zhilian"),
    # a firm the name list knows opens the name
    ("住友重工", "", "Sumitomo Heavy Industries"),
    # a descriptor before the name is not part of it
    ("向全资子公司晟源电气", "", "Shengyuan Electric"),
    # not a firm's name: a joint venture, a verb, a run with no legal form and no trade word
    ("合资公司", "", None),
    ("擴建", "", None),
    ("決定終止", "", None),
    ("United States", "", None),
])
def test_english_firm_name(name, text, expect):
    assert english_firm_name(name, text) == expect


def test_a_japanese_or_korean_firm_is_not_read_in_pinyin():
    assert english_firm_name("北辰电材", "", known_only=True) is None
    assert english_firm_name("住友重工", "", known_only=True) == "Sumitomo Heavy Industries"


def _write(tmp_path, text):
    p = tmp_path / "filing.txt"
    p.write_text(text, encoding="utf-8")
    return read_document(p)


FILING = ("title: 碩陽光電董事會決議赴美設廠\ndate: 2025-10-21\n\n"
          "碩陽光電今（21）日董事會決議，斥資2.6億美元在美國德州達拉斯近郊設立年產2GW的太陽能電池片廠，預計明年第四季量產。\n")


def test_an_event_of_a_firm_named_in_chinese_has_its_english_name_and_keeps_the_written_one(tmp_path):
    evs = [e for e in extract_events(_write(tmp_path, FILING), [], learned=False) if e.type == "relocation"]
    assert [(e.actor, e.extra.get("actor_name"), e.destination) for e in evs] == [
        ("Shuoyang Optoelectronics", "碩陽光電", ("United States",))]


def test_the_store_finds_a_firms_events_by_either_name(tmp_path):
    from nlp.store import Store

    doc = _write(tmp_path, FILING)
    evs = extract_events(doc, [], learned=False)
    with Store(tmp_path / "store") as store:
        store.add_document(doc, [], evs)
        by_en = store.events(actor="shuoyang optoelectronics")
        by_zh = store.events(actor="碩陽光電")
        assert [e.id for e in by_en] == [e.id for e in by_zh] != []
        assert store.events(actor="碩陽") == []
