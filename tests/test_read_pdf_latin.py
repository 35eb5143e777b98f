"""Spaces in Latin text of real PDFs: words cut by a character-wrapping typesetter (the typeset report),
word breaks in a word-wrapped English notice, and Latin names wrapped inside narrow table cells."""
from __future__ import annotations

import re
import sys
from collections import Counter

import pytest

from conftest import CORPUS, ROOT
from nlp.read import read_document
from nlp.read.wordjoin import build_lexicon, join_lines

FR = CORPUS / "ustr_301_lists" / "FR_2018-13248_section301_list1_notice.pdf"


def _tokens(text: str) -> Counter:
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_latin import latin_tokens

    return latin_tokens(text)


def test_words_cut_at_line_end_are_joined(doc050):
    # the report wraps English by characters: "GVC de|pends", "a cas|e study", "gov|ernments"
    text = doc050.pages[11].text
    for whole in ("GVC depends on", "a case study", "their governments", "conducted benchmark analyses", "GVCReconfiguration."):
        assert whole in text
    for cut in ("de pends", "cas e", "gov ernments", "bench mark", "Reconfigura tion"):
        assert cut not in text


def test_latin_tokens_match_ground_truth(doc050, gt050):
    mine = _tokens("\n".join(p.text for p in doc050.pages))
    gold = _tokens("\n".join(gt050["body"]))
    hit = sum((mine & gold).values())
    precision, recall = hit / sum(mine.values()), hit / sum(gold.values())
    assert precision > 0.97 and recall > 0.97  # 0.83 / 0.91 when every line break was a space
    assert sum(n for t, n in mine.items() if t not in gold) < 40  # was 250


def test_word_wrapped_english_keeps_spaces_at_line_breaks(corpus):
    import pypdfium2.raw as raw

    from nlp.read.pdf import _first_pass, _open

    pdf = _open(FR, None)
    try:
        raw_lines = [ln.text for rp in _first_pass(FR, pdf, raw) for ln in rp.lines]
    finally:
        pdf.close()
    lex = build_lexicon(raw_lines)
    assert not lex.char_wrap  # the notice hyphenates; its line breaks fall between words
    fr = read_document(FR)
    lines = [p.text for p in fr.pages]
    assert join_lines(["a few other factors", "than just the technical one"], lex) == "a few other factors than just the technical one"
    assert join_lines(["polytetrafluoro-", "ethylene"], lex) == "polytetrafluoro-ethylene"
    toks = _tokens("\n".join(lines))
    glued = [t for t in toks if len(t) >= 20 and t.isalpha() and t.islower()]
    assert len(glued) <= 3, glued  # the three are real chemical names
    assert "Federal Register" in fr.pages[0].text and "intellectual property" in fr.pages[1].text


def test_table_cells_wrapped_by_character_are_joined(doc050, gt050):
    cells = {re.sub(r"\s+", " ", c) for t in doc050.tables if t.caption and "2-1-4" in t.caption for r in t.rows for c in r}
    for name in ("Money Gram 金融", "Sky Bridge Capital 金融", "Dick Clark Productions 娛樂", "Novatel Wireless 科技",
                 "HERE Technologies 出版", "Qualcomm 科技"):
        assert name in cells
    gt_cells = [re.sub(r"\s+", " ", c).strip() for t in gt050["tables"] for r in t["cells"] for c in r if re.search("[A-Za-z]", c)]
    mine = Counter(re.sub(r"\s+", " ", c).strip() for t in doc050.tables for r in (*t.header, *t.rows) for c in r if c)
    assert sum(1 for c in gt_cells if mine[c]) >= 40  # of 49; 19 before


def test_numbers_cut_at_line_end_are_joined(doc050, gt050):
    # "加徵 1|5%關稅": a number cut by the line break must not become "1 5%"
    body = "\n".join(p.text for p in doc050.pages)
    assert "加徵 15%關稅" in body
    gt = "\n".join(gt050["body"])
    split_numbers = [m.group() for m in re.finditer(r"(?<![\d,.])\d+ \d+%?", body) if m.group() not in gt]
    assert split_numbers == []


@pytest.mark.parametrize(
    "parts, joined",
    [
        (["對 1,120 億美元貨品加徵 1", "5%關稅。"], "對 1,120 億美元貨品加徵 15%關稅。"),
        (["美國對 1,", "120 億美元"], "美國對 1,120 億美元"),
        (["Annex 1", "2 lists"], "Annex 1 2 lists"),  # word-wrapped English: two numbers stay apart
    ],
)
def test_join_lines_numbers(parts, joined):
    assert join_lines(parts, None) == joined


@pytest.mark.parametrize(
    "parts, full, joined",
    [
        # a full CJK line was wrapped by characters: the Latin word or number it cut joins whole
        (["將31家企業列入未經驗證清單（Un", "verified List）。"], [True, False], "將31家企業列入未經驗證清單（Unverified List）。"),
        (["密切掌握美國實體清單（Entity Lis", "t）之更新"], [True, False], "密切掌握美國實體清單（Entity List）之更新"),
        (["〈Export Controls〉，2022年1", "0月7日公告"], [True, False], "〈Export Controls〉，2022年10月7日公告"),
        # a line ending short of the margin ended at a space; an English line wraps by words
        (["將企業列入清單（Un", "verified List）"], [False, False], "將企業列入清單（Un verified List）"),
        (["restrict exports of the", "advanced chips"], [True, False], "restrict exports of the advanced chips"),
    ],
)
def test_join_lines_cjk_wrapped_full_lines(parts, full, joined):
    from nlp.read.wordjoin import Lexicon

    assert join_lines(parts, Lexicon(), full=full) == joined
