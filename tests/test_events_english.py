"""English notice rules: list actions with counts in words, destinations in the next sentence, dates."""
from __future__ import annotations

import pytest

from nlp.events import document_date, extract_events
from nlp.events.english import count_of, destinations, words_to_int
from nlp.read import read_document
from nlp.types import Document, Page


def _events(text: str, date: str | None = "2022-02-14"):
    doc = Document(doc_id="t", path="t.md", title="t", pages=(Page(1, text),), date=date)
    evs = extract_events(doc, [])
    for e in evs:
        assert text[e.start:e.end] == e.evidence
    return evs


@pytest.mark.parametrize("words,n", [("twenty-four", 24), ("33", 33), ("one", 1), ("seventy-one", 71), ("1,200", 1200)])
def test_events_english_number_words(words, n):
    assert words_to_int(words) == n


def test_events_english_counts_and_destinations():
    assert count_of("adding thirty-three (33) persons") == 33
    assert destinations("under the destinations of the People's Republic of China (China), Pakistan, and the United Arab Emirates (UAE).") == [
        "China", "Pakistan", "United Arab Emirates"]


def test_events_english_entity_list_addition_takes_destinations_from_the_next_sentence():
    text = ("This final rule amends the Export Administration Regulations (EAR) by adding seven entities under seven entries "
            "to the Entity List. These seven entities will be listed on the Entity List under the destinations of China and Russia. "
            "This final rule also removes two entities from the Unverified List (UVL).")
    add, rem = _events(text)
    assert (add.type, add.items, add.status, add.instrument, add.date) == ("export_control", 7, "implemented", "Entity List", "2022-02-14")
    assert add.destination == ("China", "Russia") and add.actor == "United States"
    assert (rem.items, rem.status, rem.instrument) == (2, "revoked", "Unverified List")


def test_events_english_leading_date_wins_over_the_publication_date():
    text = "Effective October 18, 2019, the U.S. Trade Representative imposed additional duties on certain products of the EU."
    (e,) = _events(text, date="2020-02-21")
    assert (e.type, e.date, e.actor, e.target, e.status) == ("tariff", "2019-10-18", "United States", ("European Union",), "implemented")


def test_events_english_date_of_a_cause_clause_is_not_the_action_date():
    text = ("In response to the Russian Federation's further invasion of Ukraine on February 24, 2022, the Department"
            " of Commerce is amending the EAR by adding 57 entities under 57 entries to the Entity List.")
    (e,) = _events(text, date="2022-10-04")
    assert (e.type, e.date, e.items) == ("export_control", "2022-10-04", 57)


def test_events_english_tariff_rate_change_and_suspension():
    (cut,) = _events("The U.S. Trade Representative has determined to modify the action by reducing the rate of additional duty "
                     "on certain products of China from 15 percent to 7.5 percent.")
    assert cut.rate_pct == 7.5 and cut.extra["rate_from"] == 15 and cut.target == ("China",)
    (sus,) = _events("The U.S. Trade Representative has determined to modify the action by suspending the additional tariffs "
                     "on goods of the United Kingdom for a period of four months.")
    assert sus.status == "suspended" and sus.target == ("United Kingdom",)


def test_events_english_corrections_are_not_events():
    assert _events("This rule corrects six existing entries to the Entity List, one under the destination of Germany.") == []


def test_events_english_real_notice_uses_its_publication_date(corpus):
    path = sorted((corpus / "fr_abstracts").glob("2021-04-09-*entity-list*.md"))[0]
    doc = read_document(path)
    assert document_date(doc) == "2021-04-09"
    (e,) = extract_events(doc, [])
    assert (e.type, e.items, e.date, e.destination) == ("export_control", 7, "2021-04-09", ("China",))
