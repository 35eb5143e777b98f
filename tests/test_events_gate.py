"""The one-character gate in front of the trigger lexicons finds exactly what the plain patterns find."""
from __future__ import annotations

import re

import pytest

from nlp.events.family import gated


@pytest.mark.parametrize("pattern, flags, texts", [
    # alternatives behind lookbehinds, optional prefixes, whitespace and digits as first characters
    (r"(?<!不可靠)(?:實體清單|实体清单)|(?:在|於)\s*[^。]{1,8}?設廠|\d+\s*(?:項|项)", 0,
     ["美方將華為列入實體清單。", "不可靠實體清單", "公司於 越南北寧設廠", "共 12 項 產品", "第１２项", "無事"]),
    # an English lexicon matched in either case, one part of it case-sensitive, one part folded inline
    (r"\b(?:tariffs?|(?-i:FTA)s?\b|export controls?)", re.I, ["New TARIFFS on steel", "an fta", "the FTAs", "Export Controls"]),
    (r"(?i:entity list)|Sanctions", 0, ["the ENTITY LIST", "sanctions", "Sanctions"]),
])
def test_gated_patterns_match_where_and_what_the_plain_ones_do(pattern, flags, texts):
    plain = re.compile(pattern, flags)
    gate = gated(plain)
    assert gate.pattern.startswith("(?=[") and gate is not plain
    for text in texts:
        for lo in range(len(text) + 1):
            a, b = plain.search(text, lo), gate.search(text, lo)
            assert (a and (a.span(), a.group())) == (b and (b.span(), b.group())), (text, lo)
        assert [m.span() for m in plain.finditer(text, 1, len(text) - 1)] == [m.span() for m in gate.finditer(text, 1, len(text) - 1)]


def test_patterns_that_may_start_anywhere_are_left_as_they_are():
    for pattern in (r"a?", r".b", r"[^。]出口", r"\w+ tariff", r"\W*tariff"):
        plain = re.compile(pattern)
        assert gated(plain) is plain
    once = gated(re.compile("出口管制"))
    assert gated(once) is once


def test_the_sentence_screen_finds_what_the_lexicons_find_on_the_seed_report(corpus):
    from nlp.events import prose
    from nlp.events.sentences import split_sentences
    from nlp.read import read_document

    plain = re.compile(prose._ANY_ZH.pattern[prose._ANY_ZH.pattern.index("])(?:") + 2:])
    doc = read_document(corpus / "000_3ffe8296a3a1e621.txt")
    text = doc.pages[0].text
    sentences = [text[s:e] for s, e in split_sentences(text)][:3000]
    assert [m and m.span() for m in map(plain.search, sentences)] == [m and m.span() for m in map(prose._ANY_ZH.search, sentences)]
