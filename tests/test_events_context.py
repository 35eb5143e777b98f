"""The eighth session's rules, each on the sentence that asked for it: the context passes after the merge, clause
actors, family retyping, lexicon lines and the bugs they fixed."""
from __future__ import annotations

from dataclasses import replace

import pytest

from nlp.events import _actor_carried, _date_carried, _target_carried, extract_events
from nlp.types import Event
from tests.test_events_prose import _events


def _at(text: str, part: str, **kw) -> Event:
    start = text.index(part)
    return Event(id=part, evidence=part, start=start, end=start + len(part), page=1, **kw)


def test_context_actor_target_and_date_carry_to_the_next_measure_only():
    text = "印度3月3日對中國玻璃課徵反傾銷稅。財政部另對紡織品課徵反傾銷稅。\n\n另段：對鋼材課徵關稅。"
    first = _at(text, "印度3月3日對中國玻璃課徵反傾銷稅", type="tariff", date="2025-03-03", actor="India", target=("China",))
    second = _at(text, "財政部另對紡織品課徵反傾銷稅", type="tariff")
    third = _at(text, "對鋼材課徵關稅", type="tariff")
    evs = _date_carried(_actor_carried(_target_carried([first, second, third])), {1: text})
    assert (evs[1].actor, evs[1].date, evs[1].extra.get("date_from")) == ("India", "2025-03-03", "context")
    # the target goes with the actor: it is carried only to a measure of the same actor
    assert _target_carried([first, replace(second, actor="Vietnam")])[1].target == ()
    assert _target_carried([first, replace(second, actor="India")])[1].target == ("China",)
    # a blank line ends the paragraph a date is carried through
    assert evs[2].date is None


def test_context_date_is_not_carried_into_a_clause_of_the_same_sentence():
    text = "因應美國自5月10日起加徵關稅，本公司將產線移轉至越南。"
    cause = _at(text, "因應美國自5月10日起加徵關稅", type="tariff", date="2019-05-10", actor="United States")
    move = _at(text, "本公司將產線移轉至越南", type="relocation", actor="Yusheng Precision")
    assert _date_carried([cause, move], {1: text})[1].date is None


def test_a_clause_opened_by_bing_keeps_the_actor_of_the_clause_before():
    text = "海關總署同日以「多次檢出有害生物」為由，暫停台灣柑橘類水果輸入大陸，並暫停台灣冰鮮白帶魚、凍竹筴魚輸入。"
    evs = _events(text, "2022-08-04")
    assert [(e.type, e.actor, e.target) for e in evs] == [("other", "China", ("Taiwan",))] * 2


@pytest.mark.parametrize("text,date,expect", [
    # a countermeasure list of goods with a rate is a retaliatory tariff, not a sanction
    ("涉及约930亿欧元美国商品、税率最高30%的反制清单7月24日获成员国投票通过。", "2025-08-01", ("tariff", 30.0)),
    # a listing in the EU's Annex IV restricts exports, whatever package adds it
    ("2024年6月24日，欧盟通过第十四轮对俄制裁，将多家哈萨克斯坦企业列入“附件IV”名单。", "2024-07-01", ("export_control", None)),
    # a duty-free treatment: the percentage is the share of tariff lines, the rate is nought
    ("自2024年12月1日起，中方对同中国建交的所有最不发达国家100%税目产品实施零关税待遇。", "2024-12-05", ("tariff", 0.0)),
])
def test_families_retyped_by_what_the_sentence_names(text, date, expect):
    assert [(e.type, e.rate_pct) for e in _events(text, date)] == [expect]


@pytest.mark.parametrize("text,date,expect", [
    ("Spain last week barred operators from installing Huawei and ZTE equipment in new 5G core networks.", "2026-01-21",
     ("other", "Spain")),
    # (an alternative written with doubled backslashes in a raw string, which could never match before)
    ("On March 1, 2023, the state banned the use of TikTok on all government devices.", "2023-03-05", ("other", None)),
    ("On June 2, 2019, the President terminated India's designation as a beneficiary developing country under the GSP "
     "program.", "2019-06-05", ("tariff", "United States")),
    ("訊捷通訊墨西哥提華納廠已於1月開始出貨纜線數據機。", "2025-03-01", ("relocation", "Xunjie Communications")),
    ("商务部1月6日发布公告，决定禁止所有两用物项对日本军事用户、军事用途以及一切有助于提升日本军事实力的最终用户和用途出口。",
     "2026-01-08", ("export_control", "China")),
])
def test_lexicon_lines_of_the_eighth_session(text, date, expect):
    assert [(e.type, e.actor) for e in _events(text, date)] == [expect]


@pytest.mark.parametrize("text,date", [
    # OFAC's standing note, a reference line, a condition, a measure defended as common practice, a plant named after 的
    ("In addition, any entities that are owned, directly or indirectly, 50 percent or more by one or more blocked persons "
     "are also blocked.", "2025-09-24"),
    ("Further reading: WTO, Export prohibitions and restrictions, Information note, 23 April 2020.", "2020-06-10"),
    ("If the September tariff is delayed, our Vietnam plan doesn't change.", "2019-08-07"),
    ("对镓、锗相关物项实施出口管制是国际通行做法，不针对任何特定国家。", "2023-07-04"),
    ("（2）回臺投資廠商在中國大陸的工廠，持續擴充產能、投資於自動化，以服務中國大陸內需市場。", "2020-06-01"),
    ("日本經產省官員則表示，目前並無計劃對香港整體收緊出口許可要求，本次修訂僅針對特定實體。", "2025-12-02"),
])
def test_statements_that_state_no_measure(text, date):
    assert _events(text, date) == []


def test_an_uncaptioned_list_of_entities_is_read_row_by_row(tmp_path):
    from nlp.read import read_document

    text = ("title: t\ndate: 2026-01-27\n\nSUMMARY: The Bureau of Industry and Security (BIS) amends the Export "
            "Administration Regulations by adding entities to the Entity List.\n\n3. Entity List. BIS is adding the "
            "following entities under the destinations shown:\n\n| Destination | Entity | Basis |\n|---|---|---|\n"
            "| China | Chengdu Hengrui CNC Equipment Co., Ltd. | Supply of machining centres |\n"
            "| Türkiye | Karadeniz Makine Dış Ticaret A.Ş. | Re-export of CNC machines to Russia |\n")
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    rows = [e for e in extract_events(read_document(path), []) if e.source == "table"]
    assert sorted((e.type, e.target) for e in rows) == [
        ("export_control", ("Chengdu Hengrui CNC Equipment",)), ("export_control", ("Karadeniz Makine Dış Ticaret",))]


def test_a_filing_s_key_value_line_ends_the_sentence_before_its_subject():
    from nlp.events.sentences import split_sentences

    page = "發言日期：114/06/18　發言人：財務長 陳怡君\n\n主旨：本公司董事會決議透過子公司赴日本熊本縣設立新廠"
    assert [page[a:b] for a, b in split_sentences(page)][-1].startswith("主旨：")
