"""Hybrid search over a real store (real corpus files, HashingEmbedder): ranking, filters, snippets, errors."""
from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from nlp.errors import QueryError
from nlp.pipeline import embed_store, ingest_paths
from nlp.read import read_document
from nlp.search import FusionParams, Searcher, make_snippet, search
from nlp.segment import split_passages
from nlp.store import Store
from nlp.types import Event, ThemeScore


@pytest.fixture(scope="module")
def store(tmp_path_factory, corpus):
    files = sorted((corpus / "cn_laws").glob("*.md")) + sorted((corpus / "cn_news_tradewar_2019").glob("*.txt"))
    files += sorted((corpus / "fr_abstracts").glob("2022-*entit*.md"))[:4]
    files += sorted((corpus / "fr_abstracts").glob("2021-03-31-*digital*.md"))[:2]
    st = Store(tmp_path_factory.mktemp("search") / "store")
    rep = ingest_paths(files, st, embed=False, progress=False)
    assert not rep.failed
    embed_store(st, embedder_name="hash", progress=False)
    return st


def _file(store, hit) -> str:
    return Path(next(d["path"] for d in store.documents() if d["doc_id"] == hit.doc_id)).name


def test_search_finds_law_in_either_script(store):
    s = Searcher(store, embedder_name="hash")
    for q in ("出口管制法 两用物项", "出口管制法 兩用物項"):
        hits = s.search(q, k=3)
        assert _file(store, hits[0]) == "export_control_law_2020.md"
    lexical = Searcher(store, embedder_name="hash", params=FusionParams(lexical_weight=1.0))
    assert [h.passage_id for h in lexical.search("数据安全", k=5)] == [h.passage_id for h in lexical.search("數據安全", k=5)]


def test_search_english_query_reaches_chinese_text_through_glossary(store):
    hits = Searcher(store, embedder_name="hash").search("export control law", k=5)
    assert any(_file(store, h) == "export_control_law_2020.md" for h in hits)


def test_search_english_amount_finds_chinese_passages_that_write_it_in_yi(store):
    """"$200 billion" has no glossary entry: the amount token (#usd2e+11) meets 2000亿美元 in the news."""
    lexical = Searcher(store, embedder_name="hash", params=FusionParams(lexical_weight=1.0))
    hits = lexical.search("$200 billion tariffs", k=5)
    assert "«2000亿美元»" in hits[0].snippet
    assert sum("2000亿美元" in h.text for h in hits) >= 3


def test_search_hits_shape_and_snippet(store):
    hits = search(store, "entity list additions", k=4, embedder_name="hash")
    assert [h.rank for h in hits] == [1, 2, 3, 4]
    assert all(hits[i].score >= hits[i + 1].score for i in range(3))
    assert "entit" in _file(store, hits[0])
    d = hits[0].to_dict()
    assert set(d) >= {"rank", "score", "doc_id", "title", "page", "passage_id", "text"}
    assert "«" in hits[0].snippet and d["text"] in {p.text for p in store.passages(hits[0].doc_id)}


def test_search_doc_filter_and_bad_doc(store):
    law = next(d for d in store.documents() if d["path"].endswith("tariff_law_2024.md"))
    hits = Searcher(store, embedder_name="hash").search("出口", k=10, doc_id=law["doc_id"][:10])
    assert hits and all(h.doc_id == law["doc_id"] for h in hits)
    with pytest.raises(QueryError, match="no such document"):
        Searcher(store, embedder_name="hash").search("出口", doc_id="nope")


def test_search_date_filter_uses_years_in_passage_or_document(store):
    s = Searcher(store, embedder_name="hash")
    hits = s.search("entity list", k=10, since="2022", until="2022-12")
    assert hits
    for h in hits:
        assert "2022" in h.text or "2022" in _file(store, h) or store.get_document(h.doc_id).date
    assert not [h for h in s.search("entity list", k=10, since="1990", until="1991")]


def test_search_theme_and_event_type_filters(tmp_path, corpus):
    st = Store(tmp_path / "s")
    ingest_paths([corpus / "cn_laws" / "export_control_law_2020.md", corpus / "cn_laws" / "tariff_law_2024.md"],
                 st, embed=False, progress=False)
    docs = {Path(d["path"]).name: d["doc_id"] for d in st.documents()}
    law = docs["tariff_law_2024.md"]
    for d in docs.values():
        st.set_doc_themes(d, [ThemeScore("tariffs", 0.9 if d == law else 0.1, d == law)])
    hits = Searcher(st, embedder_name="hash").search("法律", k=20, theme="tariffs")
    assert hits and all(h.doc_id == law for h in hits)
    p = st.passages(docs["export_control_law_2020.md"])[3]
    with st.db:
        st._insert_events([Event(id="e-t", type="export_control", date="2020-10-17", doc_id=p.doc_id, page=p.page,
                                 evidence=p.text[:20], start=p.start, end=p.start + 20)])
    hits = Searcher(st, embedder_name="hash").search("出口管制", k=10, event_type="export_control")
    assert [h.passage_id for h in hits] == [p.passage_id]
    with pytest.raises(QueryError, match="unknown"):
        Searcher(st, embedder_name="hash").search("x", event_type="tariffs")


@pytest.mark.parametrize(
    "query, message",
    [("", "empty query"), ("   ", "empty query"), ("?!…。，", "no letters or digits"), ("關稅" * 600, "too long")],
)
def test_search_bad_query_raises(store, query, message):
    with pytest.raises(QueryError, match=message):
        Searcher(store, embedder_name="hash").search(query)


@pytest.mark.parametrize("kw", [{"k": 0}, {"since": "2020/01"}, {"since": "2021", "until": "2020"}])
def test_search_bad_options_raise(store, kw):
    with pytest.raises(QueryError):
        Searcher(store, embedder_name="hash").search("关税", **kw)


def test_search_without_vectors_is_lexical_with_a_note(store, caplog):
    with caplog.at_level(logging.WARNING):
        hits = Searcher(store, embedder_name="hash-64").search("关税法", k=3)  # no vectors of this model
    assert hits and "lexical search only" in caplog.text


def test_search_ann_matches_exact(store):
    exact = Searcher(store, embedder_name="hash", ann_threshold=10**9)
    ann = Searcher(store, embedder_name="hash", ann_threshold=10)
    assert ann.dense.uses_ann and not exact.dense.uses_ann
    dense_only = FusionParams(lexical_weight=0.0)
    exact.params = ann.params = dense_only
    overlap = []
    for q in ("出口管制", "entity list", "关税税率", "反外国制裁"):
        a = {h.passage_id for h in exact.search(q, k=10)}
        b = {h.passage_id for h in ann.search(q, k=10)}
        overlap.append(len(a & b) / len(a))
    assert np.mean(overlap) >= 0.9


def test_search_snippet_marks_terms_and_joins_pdf_lines():
    text = "響。\n\n就後續發展來看，已有首批許可出口至韓國的氟化氫產品。韓國政府宣布，日本政府從 7 月開始加強對韓出口\n\n管制。"
    snip = make_snippet(text, "日本對韓國出口管制")
    assert "\n" not in snip and "«日本»" in snip and "«出口管制»" in snip
    assert make_snippet("The Entity List grew. Nothing else.", "entity list") == "The «Entity» «List» grew."


def test_search_snippet_shows_markdown_headings_without_their_marks(corpus):
    doc = read_document(corpus / "fr_abstracts" / "2020-01-22-19-08-11-notice-of-modification-of-section-301-action-china-s-acts-po-c01eda.md")
    sources = next(p.text for p in split_passages(doc) if p.text.startswith("## Sources"))
    snip = make_snippet(sources, "Federal Register sources")  # the heading names the query, the line under it too
    assert snip.startswith("- Primary «source»: «Federal» «Register»") and "#" not in snip
    assert make_snippet("## 第一章 總則\n本法所稱出口管制，指國家對兩用物項的出口。", "總則") == "第一章«總則»"  # only the heading matches
    assert make_snippet("## 第一章 總則\n本法所稱出口管制。", "美國") == "本法所稱出口管制。"  # no match: the body, not the heading


def test_search_params_are_a_frozen_dataclass():
    p = FusionParams()
    assert replace(p, lexical_weight=0.1).lexical_weight == 0.1


def test_search_best_over_several_query_vectors_exact_and_ann():
    from nlp.ann import DenseIndex

    rng = np.random.default_rng(0)
    m = rng.standard_normal((3000, 32)).astype(np.float32)
    m /= np.linalg.norm(m, axis=1, keepdims=True)
    ids = [str(i) for i in range(len(m))]
    qs = m[[5, 17]] + 0.1 * rng.standard_normal((2, 32)).astype(np.float32)
    qs /= np.linalg.norm(qs, axis=1, keepdims=True)
    best = (m.astype(np.float16).astype(np.float32) @ qs.T).max(axis=1)  # each row scored by its better query
    exact = DenseIndex(ids, m.astype(np.float16), ann_threshold=10**9)
    rows, sims = exact.search_best(qs, 10)
    assert list(rows) == list(np.argsort(-best, kind="stable")[:10]) and np.allclose(sims, best[rows], atol=1e-3)
    assert {5, 17} <= set(rows.tolist())
    ann = DenseIndex(ids, m.astype(np.float16), ann_threshold=0)
    rows_a, sims_a = ann.search_best(qs, 10)
    assert len(set(rows_a.tolist()) & set(rows.tolist())) >= 9 and np.all(np.diff(sims_a) <= 1e-6)
    allowed = np.zeros(len(m), bool)
    allowed[::2] = True
    rows_f, _ = ann.search_best(qs, 10, allowed)
    assert len(rows_f) == 10 and allowed[rows_f].all()


def test_search_section_contexts_embedded_and_scored(store):
    from nlp.context import CONTEXT_SUFFIX, store_contexts
    from nlp.store import text_hash

    ctx = store_contexts(store)
    assert any(c.startswith("中华人民共和国出口管制法 › 第") for c in ctx.values())  # chapters nest under the title
    distinct = {c for c in ctx.values() if c}
    got = store.get_vectors([text_hash(c) for c in distinct], "hash-256" + CONTEXT_SUFFIX)
    assert len(got) == len(distinct)  # embed_store embedded every context, apart from the passage vectors
    s = Searcher(store, embedder_name="hash", params=FusionParams(context_dense=0.3, context_lexical=0.3))
    hits = s.search("两用物项出口管理", k=3)
    assert _file(store, hits[0]) == "export_control_law_2020.md"
    assert s.context is not None and len(s.context.of) == store.count_passages()


def test_search_neighbors_and_term_coverage_change_scores_not_filters(store):
    q = "两用物项出口管理"
    base = {h.passage_id: h.score for h in
            Searcher(store, embedder_name="hash", params=FusionParams(neighbor_weight=0.0)).search(q, k=30)}
    nb = {h.passage_id: h.score for h in
          Searcher(store, embedder_name="hash", params=FusionParams(neighbor_weight=0.3)).search(q, k=30)}
    common = set(base) & set(nb)
    raw = {p: nb[p] * 1.3 for p in common}  # scores are divided by their maximum, here 1 + neighbor_weight
    assert common and all(raw[p] >= base[p] - 1e-6 for p in common)  # a neighbour only adds
    assert any(raw[p] > base[p] + 1e-6 for p in common)
    assert all(0.0 <= x <= 1.0 for x in [*base.values(), *nb.values()])
    law = next(d for d in store.documents() if d["path"].endswith("export_control_law_2020.md"))
    s = Searcher(store, embedder_name="hash", params=FusionParams(neighbor_weight=0.3, term_coverage=1.0))
    hits = s.search(q, k=10, doc_id=law["doc_id"])
    assert hits and all(h.doc_id == law["doc_id"] for h in hits)


def test_search_store_embedded_before_contexts_still_searches(tmp_path, corpus, caplog):
    st = Store(tmp_path / "s")
    ingest_paths([corpus / "cn_laws" / "export_control_law_2020.md"], st, embed=False, progress=False)
    embed_store(st, embedder_name="hash", progress=False)
    st.db.execute("DELETE FROM vectors WHERE model LIKE '%#context'")  # as a store embedded by 0.1.0
    st.db.commit()
    with caplog.at_level(logging.WARNING):
        hits = Searcher(st, embedder_name="hash").search("两用物项出口管理", k=3)
    assert hits and "section contexts have no vector yet" in caplog.text and "policylens embed" in caplog.text
    embed_store(st, embedder_name="hash", progress=False)  # `policylens embed` adds them, passages untouched
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        again = Searcher(st, embedder_name="hash").search("两用物项出口管理", k=3)
    assert again and "section contexts" not in caplog.text


def test_search_cached_ann_index_searches_with_full_breadth(tmp_path):
    from nlp.ann import EXPANSION_SEARCH, build_or_load_ann

    m = np.random.default_rng(0).standard_normal((500, 16)).astype(np.float16)
    build_or_load_ann(m, tmp_path / "v.usearch", "k")
    again = build_or_load_ann(m, tmp_path / "v.usearch", "k")  # restored from the cache: breadth is not saved
    assert again.expansion_search == EXPANSION_SEARCH and len(again) == 500


def test_search_exact_product_runs_on_one_blas_thread():
    from threadpoolctl import threadpool_info

    from nlp.ann import one_blas_thread

    with one_blas_thread():
        inside = [x["num_threads"] for x in threadpool_info() if x["user_api"] == "blas"]
    assert inside and all(n == 1 for n in inside)


def test_search_chinese_query_weight_applies_to_chinese_queries_only(store):
    def scores(params, q):
        return [h.score for h in Searcher(store, embedder_name="hash", params=params).search(q, k=5)]

    same, other = FusionParams(), FusionParams(lexical_weight_zh=0.9)
    assert scores(same, "entity list additions") == scores(other, "entity list additions")
    assert scores(same, "两用物项出口管理") != scores(other, "两用物项出口管理")


def test_search_weak_same_language_match_is_not_stretched_to_the_cap(store):
    """A Chinese question whose Chinese matches in this store are only its common words (美國, 中國, 制裁 of
    the sanctions law and the 2019 news) keeps a low lexical score; with the floor off (the old behaviour),
    the best of those passages was stretched to the full cap. A query the laws answer keeps its cap."""
    from nlp.bm25 import ideal_scores
    from nlp.lexical import query_terms

    def top_lexical(query: str, floor: float) -> float:
        s = Searcher(store, embedder_name="hash", params=FusionParams(lexical_floor=floor))
        terms = query_terms(query, expansion_weight=s.params.expansion_weight)
        lex = s.bm25.scores(terms)
        ideal = ideal_scores(s.bm25, query, terms, s.params.expansion_weight)
        scale = s._lexical_scale(lex, np.flatnonzero(lex), query, terms, ideal)
        return float((lex * scale[s.bm25.cjk.astype(np.int64)])[s.bm25.cjk].max())

    weak = "1990年前後美國對中國實施過哪些經濟制裁？"
    assert top_lexical(weak, FusionParams().lexical_floor) < 0.8 * top_lexical(weak, 0.0)
    strong = "出口管制法對兩用物項的規定"
    assert top_lexical(strong, FusionParams().lexical_floor) == pytest.approx(top_lexical(strong, 0.0))


def test_search_lexical_score_adds_the_share_of_the_ideal_score_a_passage_holds(store):
    """lexical_absolute: beside its language's scale, a passage's lexical score gains that share of
    min(BM25 / ideal score, 1), so a passage holding the whole query keeps a lead the per-language scale hides."""
    from nlp.bm25 import ideal_scores
    from nlp.lexical import query_terms

    query = "两用物项出口管理"
    common = dict(neighbor_weight=0.0, context_lexical=0.0, context_dense=0.0)

    def lexical_only(absolute: float) -> Searcher:
        s = Searcher(store, embedder_name="hash", params=FusionParams(lexical_absolute=absolute, **common))
        s._dense = False
        return s

    plain = {h.passage_id: h.score for h in lexical_only(0.0).search(query, k=20)}
    s = lexical_only(0.5)
    with_abs = {h.passage_id: h.score for h in s.search(query, k=20)}
    terms = query_terms(query, expansion_weight=s.params.expansion_weight)
    lex = s.bm25.scores(terms)
    ideal = ideal_scores(s.bm25, query, terms, s.params.expansion_weight)
    pos = {pid: i for i, pid in enumerate(s.bm25.ids)}
    both = set(plain) & set(with_abs)
    assert len(both) >= 5
    for pid in both:
        i = pos[pid]
        share = min(lex[i] / ideal[int(s.bm25.cjk[i])], 1.0)
        assert with_abs[pid] * 1.5 - plain[pid] == pytest.approx(0.5 * share, abs=1e-4)
    assert any(min(lex[pos[p]] / ideal[int(s.bm25.cjk[pos[p]])], 1.0) > 0 for p in both)


def test_search_language_centring_of_rows_queries_and_cache(tmp_path):
    from nlp.ann import DenseIndex, MIN_LANGUAGE_ROWS, centre_rows, language_means

    rng = np.random.default_rng(0)
    n = MIN_LANGUAGE_ROWS + 10
    zh = np.arange(n) < MIN_LANGUAGE_ROWS  # enough Chinese rows; too few of the other language to average
    mat = rng.normal(size=(n, 8)).astype(np.float32) + np.where(zh[:, None], 3.0, -3.0)
    mat /= np.linalg.norm(mat, axis=1, keepdims=True)
    assert language_means(mat, zh) is None  # and no reference: not centred
    reference = np.full((2, 8), 0.25, dtype=np.float32)
    means = language_means(mat, zh, reference)
    assert np.allclose(means[1], mat[zh].mean(axis=0), atol=1e-6) and np.array_equal(means[0], reference[0])
    mat[3] = 0.0  # a context not embedded yet stays all-zero
    out = centre_rows(mat.copy(), zh, means, 0.5, chunk=7)
    assert not out[3].any()
    live = np.abs(out).sum(axis=1) > 0
    assert np.allclose(np.linalg.norm(out[live], axis=1), 1.0, atol=1e-5)
    want = mat[0] - 0.5 * means[1]
    assert np.allclose(out[0], want / np.linalg.norm(want), atol=1e-6)
    d = DenseIndex([str(i) for i in range(n)], out.astype(np.float16), means=means, centring=0.5)
    q = rng.normal(size=(2, 8)).astype(np.float32)
    got = d.centre_queries(q, [True, False])
    assert np.allclose(got[0], (q[0] - 0.5 * means[1]) / np.linalg.norm(q[0] - 0.5 * means[1]), atol=1e-6)
    assert np.allclose(got[1], (q[1] - 0.5 * means[0]) / np.linalg.norm(q[1] - 0.5 * means[0]), atol=1e-6)
    assert DenseIndex(["0"], out[:1].astype(np.float16)).centre_queries(q, [True, False]) is q  # not centred


def test_search_centred_vectors_cached_with_their_means(tmp_path, corpus, monkeypatch):
    from nlp.ann import _slug, load_dense

    monkeypatch.setattr("nlp.ann.MIN_LANGUAGE_ROWS", 5)  # this small store's languages count as averageable
    monkeypatch.setattr("nlp.ann.REFERENCE_MEANS", tmp_path / "centring")  # centring measured for "hash-256"
    (tmp_path / "centring").mkdir()
    np.savez(tmp_path / "centring" / f"{_slug('hash-256')}.npz", means=np.zeros((2, 256), dtype=np.float32))
    store = Store(tmp_path / "store")
    ingest_paths([corpus / "cn_laws" / "export_control_law_2020.md"] + sorted((corpus / "fr_abstracts").glob("2022-*entit*.md"))[:3],
                 store, embed=False, progress=False)
    embed_store(store, embedder_name="hash", progress=False)
    fresh = Searcher(store, embedder_name="hash")
    means = fresh.dense.means
    assert means is not None and means.shape == (2, 256) and fresh.dense.centring == 0.5
    again = Searcher(store, embedder_name="hash")  # read back from the index folder
    assert np.array_equal(again.dense.means, means)
    assert np.array_equal(np.asarray(again.dense.matrix), np.asarray(fresh.dense.matrix))
    raw = Searcher(store, embedder_name="hash", params=FusionParams(language_centring=0.0))
    assert raw.dense.means is None
    assert not np.array_equal(np.asarray(raw.dense.matrix), np.asarray(fresh.dense.matrix))
    q = "出口管制"
    assert [h.passage_id for h in again.search(q, k=5)] == [h.passage_id for h in fresh.search(q, k=5)]
    (tmp_path / "centring" / f"{_slug('hash-256')}.npz").unlink()  # a model nobody measured: searched raw
    d = load_dense(store, "hash-256", "another key", ann_threshold=10**9, centring=0.5,
                   chinese_of=lambda ids: fresh.bm25.cjk[[fresh._pos[i] for i in ids]])
    assert d.means is None and d.centring == 0.0
    assert np.array_equal(np.asarray(d.matrix), np.asarray(raw.dense.matrix))
