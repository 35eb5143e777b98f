"""Tokenization (script folding, jieba + bigrams, English stems), glossary expansion and the cached BM25 index."""
from __future__ import annotations

import numpy as np
import pytest

from nlp.bm25 import BM25Index, load_bm25, store_key
from nlp.lexical import expand_query, fold, query_terms, stem, tokenize, translate_query
from nlp.pipeline import ingest_paths
from nlp.store import Store


def test_lexical_fold_makes_traditional_and_simplified_equal():
    assert fold("實體清單與關稅") == fold("实体清单与关税") == "实体清单与关税"
    assert len(fold("臺灣半導體 Export")) == len("臺灣半導體 Export")


def test_lexical_tokenize_same_tokens_for_both_scripts():
    assert tokenize("美國對華為的禁令") == tokenize("美国对华为的禁令")
    toks = tokenize("日本對韓國出口管制")
    assert "出口管制" in toks and "日本" in toks  # glossary terms stay whole words
    assert "~管制" in toks  # plus character bigrams


@pytest.mark.parametrize(
    "word, expected",
    [("controls", "control"), ("entities", "entity"), ("restricting", "restrict"), ("blocked", "block"),
     ("acquisitions", "acquisition"), ("us", "us"), ("chips", "chip"), ("business", "business")],
)
def test_lexical_stem(word, expected):
    assert stem(word) == expected


def test_lexical_english_tokens_lowercased_without_stopwords():
    assert tokenize("The Entity List additions of 2022") == ["entity", "list", "addition", "2022"]


def test_lexical_glossary_expands_across_languages():
    assert "出口管制" in expand_query("export controls on semiconductors")
    assert "半導體" in expand_query("export controls on semiconductors")
    assert "請願" in expand_query("Section 301 petition") and "petition" in expand_query("301條款請願")
    assert "huawei" in expand_query("美国对華為的禁令")
    terms = query_terms("entity list", expansion_weight=0.3)
    assert terms["entity"] == 1.0 and terms["实体清单"] == 0.3
    # policy verbs: a suspension is found in either language ("暫緩課徵" in the report, "suspend" in the news)
    assert {"暫停", "暫緩"} <= set(expand_query("China will suspend additional tariffs on US autos"))
    assert "suspend" in expand_query("中国暂停对美国汽车加征关税")


def test_lexical_bm25_ranks_and_round_trips(tmp_path):
    texts = ["美國將華為列入實體清單", "Japan restricts exports of chemicals to Korea", "关税税率调整", "天氣很好"]
    idx = BM25Index.build(["a", "b", "c", "d"], texts)
    s = idx.scores(query_terms("实体清单 华为"))
    assert s.argmax() == 0 and s[3] == 0
    idx.save(tmp_path, "k1")
    assert BM25Index.load(tmp_path, "other") is None
    again = BM25Index.load(tmp_path, "k1")
    assert again.ids == idx.ids and (again.scores(query_terms("Korea")) == idx.scores(query_terms("Korea"))).all()
    assert idx.coverage(query_terms("Korea tariffs", expand=False)) == 0.5


def test_lexical_index_cached_in_store_and_rebuilt_on_change(tmp_path, corpus):
    store = Store(tmp_path / "s")
    ingest_paths([corpus / "cn_laws" / "export_control_law_2020.md"], store, embed=False, progress=False)
    key = store_key(store)
    idx = load_bm25(store)
    assert (tmp_path / "s" / "index" / "bm25" / "params.json").exists()
    assert len(idx) == store.count_passages()
    ingest_paths([corpus / "cn_laws" / "data_security_law_2021.md"], store, embed=False, progress=False)
    assert store_key(store) != key
    assert len(load_bm25(store)) == store.count_passages() > len(idx)


def test_lexical_names_file_translates_countries_and_firms():
    assert "華為" in translate_query("US ban on Huawei") and "美國" in translate_query("US ban on Huawei")
    assert "huawei" in translate_query("美國對華為的禁令").lower()
    assert "墨西哥" in expand_query("Mexico section 301 petition")


def test_lexical_short_capitalised_names_match_with_their_case():
    assert "美國" in expand_query("US tariffs on steel")
    assert "美國" not in expand_query("tell us about tariffs")  # "us" the pronoun is not the country


def test_lexical_glossary_variants_with_stopwords_match():
    # the query's stop words are dropped; a variant's must be too, or "made in china 2025" never matches
    assert any("中國製造2025" in t for t in expand_query("Made in China 2025 industrial policy"))
    assert "原產地" in translate_query("rules of origin")


def test_lexical_glossary_has_the_legal_liability_vocabulary_of_laws():
    # a question about a law's penalty clause meets its words: 罚款, 没收违法所得, 外国司法或者执法机构
    trans = translate_query("what fines apply for handing data to foreign law enforcement without approval?")
    assert all(w in trans for w in ("罰款", "外國司法或者執法機構", "批准")), trans
    assert "沒收" in translate_query("confiscation of illegal gains") and "違法所得" in translate_query("illegal gains")
    assert "報復性關稅" in translate_query("China Tariff Law retaliatory duties")
    assert "penalty" in translate_query("处以罚款").lower()


def test_lexical_glossary_has_general_trade_vocabulary():
    # words common to any trade text, not only to this corpus's topics: each reaches the other language
    assert "第一階段" in translate_query("phase one trade deal") and "phase one" in translate_query("第一阶段贸易协议")
    assert "threshold" in translate_query("原产地门槛") and "門檻" in translate_query("content thresholds")
    for en, zh in (("truce", "休兵"), ("escalation", "升級"), ("inspection", "檢驗"), ("certification", "認證"),
                   ("technical barriers to trade", "技術性貿易障礙"), ("common prosperity", "共同富裕")):
        assert zh in translate_query(en) and en in translate_query(zh).lower(), (en, zh)


def test_lexical_index_rebuilt_when_the_word_lists_change(tmp_path, corpus, monkeypatch):
    import nlp.lexical as lexical

    store = Store(tmp_path / "s")
    ingest_paths([corpus / "cn_laws" / "export_control_law_2020.md"], store, embed=False, progress=False)
    load_bm25(store)
    assert BM25Index.load(tmp_path / "s" / "index" / "bm25", store_key(store)) is not None
    glossary = tmp_path / "glossary.tsv"
    glossary.write_text(lexical._GLOSSARY.read_text(encoding="utf-8") + "dual circulation\t雙循環\n", encoding="utf-8")
    monkeypatch.setattr(lexical, "_GLOSSARY", glossary)
    lexical.tokenizer_key.cache_clear()
    try:
        assert BM25Index.load(tmp_path / "s" / "index" / "bm25", store_key(store)) is None  # stale tokens
    finally:
        lexical.tokenizer_key.cache_clear()


def test_lexical_index_rebuilt_when_the_bm25_parameters_change(tmp_path, corpus, monkeypatch):
    import nlp.bm25 as bm25

    store = Store(tmp_path / "s")
    ingest_paths([corpus / "cn_laws" / "export_control_law_2020.md"], store, embed=False, progress=False)
    load_bm25(store)
    monkeypatch.setattr(bm25, "BM25_K1", 1.2)
    assert BM25Index.load(tmp_path / "s" / "index" / "bm25", store_key(store)) is None  # other scores


def test_lexical_short_passage_saturation_matches_the_tuned_parameters():
    """k1 0.7: a term repeated in a passage adds less than under the textbook k1 1.2 (same b)."""
    import nlp.bm25 as bm25

    texts = ["出口管制", "出口管制 出口管制 出口管制", "稀土"]
    tuned = BM25Index.build(["a", "b", "c"], texts)
    classic = BM25Index.build(["a", "b", "c"], texts, k1=1.2, b=bm25.BM25_B)
    terms = {"出口管制": 1.0}
    t, c = tuned.scores(terms), classic.scores(terms)
    assert t[1] > t[0] > 0 and c[1] > c[0] > 0
    assert t[1] / t[0] < c[1] / c[0]


def test_lexical_matched_share_of_query_terms_per_language():
    texts = ["美國將華為列入實體清單", "華為", "Huawei was added to the Entity List", "Huawei"]
    idx = BM25Index.build(["a", "b", "c", "d"], texts)
    terms = query_terms("华为 实体清单")
    zh = idx.matched(terms, np.array([0, 1]), True)
    en = idx.matched(terms, np.array([2, 3]), False)
    assert zh[0] == 1.0 and 0 < zh[1] < 1
    assert en[0] == 1.0 and 0 < en[1] < 1  # measured against the English side of the query only


def test_lexical_glossary_file_is_well_formed():
    import nlp.lexical as lexical

    seen: dict[str, int] = {}
    for n, line in enumerate(lexical._GLOSSARY.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        assert line.count("\t") == 1, f"glossary.tsv:{n}: one TAB between the English and Chinese sides"
        en, zh = (side.split("|") for side in line.split("\t"))
        assert all(v.strip() == v and v for v in en + zh), f"glossary.tsv:{n}: empty or padded variant"
        for v in en:  # variants of one line may meet after stemming ("export controls"); lines may not
            key = lexical._en_key(v)
            assert seen.get(key, n) == n, f"glossary.tsv:{n}: {v!r} already on line {seen[key]}"
            seen[key] = n


def test_bm25_ideal_score_counts_each_glossary_phrase_once_by_its_best_variant():
    """The other language's ideal is one wording per glossary phrase (tariff: 關稅 or 关税, folded to one key;
    duty: none of its wordings here), not every variant summed; the own side is the query's own tokens."""
    from nlp.bm25 import ideal_scores

    texts = ["美國提高關稅", "中國調整关税稅率", "出口管制與出口限制", "The tariff on steel", "customs duty rates"]
    idx = BM25Index.build(list("abcde"), texts)
    terms = query_terms("tariff", expansion_weight=1.0)
    en, zh = ideal_scores(idx, "tariff", terms)
    unit = 1 / (1 + idx.k1)
    assert en == pytest.approx(idx.idf("tariff") * unit)
    best = max(sum(idx.idf(t) for t in set(tokenize(v))) for v in ("關稅", "关税"))
    assert zh == pytest.approx(best * unit)
    assert idx.idf("nowhere") == 0.0


@pytest.mark.parametrize(
    "english, chinese, token",
    [("$200 billion", "2,000 億美元", "#usd2e+11"), ("US$34 billion", "340亿美元", "#usd3.4e+10"),
     ("25 percent", "百分之二十五", "#pct25"), ("June 1, 2019", "2019年6月1日", "#d2019-06-01"),
     ("November 2018", "2018 年 11 月", "#m2018-11"), ("on Nov. 1", "自11月1日起", "#md11-01")],
)
def test_lexical_amounts_percentages_and_dates_read_the_same_in_both_languages(english, chinese, token):
    assert token in tokenize(english) and token in tokenize(chinese)


def test_lexical_quantity_tokens_of_dates_without_a_year_and_roc_years():
    assert "#mm11" in tokenize("November 2018") and "#mm11" in tokenize("On Nov. 1, China cut tariffs")
    assert not any(t.startswith("#m2") or t.startswith("#d") for t in tokenize("On Nov. 1, China cut tariffs"))
    assert "2020" in tokenize("民國109年") and "#usd2e+11" not in tokenize("2000 items")  # a bare number is no amount


def test_lexical_quantities_reach_the_other_language():
    """An amount or a date counts as translated (the other language's passages get a lexical vote for it),
    and the dense side gets it written the other language's way."""
    from nlp.bm25 import ideal_scores
    from nlp.lexical import expand_query_coverage

    assert expand_query_coverage("$200 billion")[1] > 0
    assert "2000亿美元" in translate_query("US tariffs on $200 billion of Chinese goods")
    assert "$200 billion" in translate_query("美国对2000亿美元中国商品加征关税")
    assert "2019年6月1日" in translate_query("tariffs from June 1, 2019")
    assert "June 1, 2019" in translate_query("2019年6月1日起加徵關稅")
    idx = BM25Index.build(list("ab"), ["对2000亿美元中国商品加征关税", "tariffs on $200 billion of goods"])
    en, zh = ideal_scores(idx, "$200 billion", query_terms("$200 billion", expansion_weight=1.0))
    assert zh > 0 and en > zh  # the amount token counts on both sides; "200" and "billion" on the English one


def test_lexical_latin_words_and_figures_of_a_chinese_query_reach_english_text():
    from nlp.lexical import expand_query_coverage

    bare = expand_query_coverage("中国下调税目进口关税")[1]
    assert expand_query_coverage("中国下调1585个税目进口关税")[1] > bare  # "1,585 tax items" in English text
    assert expand_query_coverage("CFIUS 審查")[1] > 0  # CFIUS is in the glossary on both sides: only the literal word
    assert expand_query_coverage("cut 1585 tariff lines")[1] == 0.75  # an English query's figure is not counted


def test_lexical_snippet_marks_the_amount_however_it_is_written():
    from nlp.snippet import make_snippet

    text = "中美貿易摩擦持續。5月10日，美方宣布對2,000 億美元中國產品加徵25%關稅。13日，中方宣布反制。"
    query = "$200 billion"
    assert make_snippet(text, query, query_terms(query)) == "5月10日，美方宣布對«2,000 億美元»中國產品加徵25%關稅。"


def test_lexical_grouped_number_is_also_one_token():
    """"1,585 tariff lines" meets "1585个税目": a number written with thousands separators also gives its digits."""
    assert "1585" in tokenize("tariffs on 1,585 tariff lines") and "1585" in tokenize("下调1585个税目")
    assert "12345678" in tokenize("12,345,678 dollars") and "2000" not in tokenize("2,000.5")


def test_lexical_merge_spans_joins_overlapping_and_touching_marks():
    from nlp.lexical import merge_spans

    assert merge_spans([(5, 7), (0, 2), (1, 3), (7, 9), (12, 13)]) == [(0, 3), (5, 9), (12, 13)]
    assert merge_spans([]) == []
