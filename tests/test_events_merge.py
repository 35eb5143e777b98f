"""Merging mentions: one event per real-world action, conflicts kept and flagged, distinct events apart."""
from __future__ import annotations

from nlp.events.merge import merge_events, same_event
from nlp.types import Event


def _e(i, **kw):
    base = dict(id=f"e{i}", type="export_control", date="2019-05-17", actor="United States", target=("Huawei",),
                doc_id="d", page=1, evidence=f"ev{i}", start=i * 10, end=i * 10 + 5, confidence=0.6)
    base.update(kw)
    return Event(**base)


def test_events_merge_table_and_prose_become_one_with_conflicts_flagged():
    table = _e(1, items=71, source="table", confidence=0.95)
    prose = _e(2, items=70, date="2019-05", doc_id="other")
    (m,) = merge_events([prose, table])
    assert m.evidence == "ev1" and m.source == "table"  # the table row leads
    assert m.extra["conflicts"] == {"items": [71, 70]}
    assert [x["doc_id"] for x in m.extra["mentions"]] == ["d", "other"]
    assert m.date == "2019-05-17"


def test_events_merge_keeps_different_events_apart():
    a = _e(1)
    assert not same_event(a, _e(2, date="2019-08-19"))
    assert not same_event(a, _e(3, status="revoked", date="2019-05-17") if a.status else _e(3, status="revoked")) or a.status is None
    assert not same_event(_e(4, status="implemented"), _e(5, status="revoked"))
    assert not same_event(_e(6, instrument="Entity List"), _e(7, instrument="Military End-User List"))
    assert not same_event(_e(8, target=("ZTE",)), _e(9, target=("Huawei",)))
    assert not same_event(_e(10, type="tariff", rate_pct=10.0), _e(11, type="tariff", rate_pct=25.0))
    assert len(merge_events([_e(12, date=None, amount_usd=1.0), _e(13, date=None, amount_usd=2.0)])) == 2


def test_events_merge_orders_by_date_undated_last():
    evs = merge_events([_e(1, date=None, target=("A",), amount_usd=5.0), _e(2, date="2020-01", target=("B",)), _e(3, date="2018", target=("C",))])
    assert [e.date for e in evs] == ["2018", "2020-01", None]


def test_events_merge_a_bare_year_does_not_absorb_a_precise_date():
    assert not same_event(_e(1, date="2018"), _e(2, date="2018-05-20"))
    assert same_event(_e(3, date="2019-07"), _e(4, date="2019-07-04"))
