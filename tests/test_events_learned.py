"""The sentence model (nlp/events/learned.py): the real fitted model, on sentences no trigger of the lexicons reads."""
from __future__ import annotations

import json

from nlp.events import extract_events
from nlp.events.learned import MAX_DOC_CHARS, MODEL_DIR, candidates
from nlp.types import Document, Page
from tests.test_events_prose import _events

SEIZED = "除工貿部外，越南海關上月亦在海防港截查多個涉嫌偽報原產地的貨櫃，貨物包括鋁型材及太陽能板支架，案件已移交調查部門處理。"


def test_a_sentence_no_trigger_reads_becomes_an_event_marked_as_the_models():
    evs = _events(SEIZED, "2025-08-11")
    assert [(e.type, e.actor, e.date) for e in evs] == [("other", "Vietnam", "2025-07")]
    assert 0.85 <= evs[0].extra["learned"] <= 1 and evs[0].confidence <= 0.5
    assert evs[0].to_dict()["learned"] == evs[0].extra["learned"]  # the CLI's JSON says which events the model made
    # without the model, the rules find nothing there
    doc = Document(doc_id="t", path="t.txt", title="t", pages=(Page(1, SEIZED),), date="2025-08-11")
    assert extract_events(doc, [], learned=False) == []


def test_sentences_the_rules_read_and_turned_down_stay_turned_down():
    # a trigger is there (稅率調整), the rules reject it as a domestic tax: the model is not asked
    assert _events("國務院決定自4月1日起，增值稅稅率調整為13%。", "2025-03-01") == []
    doc = Document(doc_id="t", path="t.txt", title="t", pages=(Page(1, "國務院決定自4月1日起，增值稅稅率調整為13%。"),))
    assert candidates(doc, [], {}) == []


def test_a_long_document_is_left_to_the_rules():
    text = (SEIZED + "\n\n") + ("本報告討論全球供應鏈的長期趨勢與產業政策的比較。\n\n" * (MAX_DOC_CHARS // 20))
    assert _events(text, "2025-08-11") == []


def test_the_model_was_fitted_without_the_untuned_pair():
    manifest = json.loads((MODEL_DIR / "manifest.json").read_text(encoding="utf-8"))
    from tests.test_events_eval import UNTUNED

    assert {f"para-{s}" for s in manifest["excluded"]} == UNTUNED
    assert not {f"para-{s}" for s in manifest["fitted_on"]} & UNTUNED
    assert 0.5 <= manifest["threshold"] <= 0.95
