"""Search over a PostgreSQL store gives the same hits as over SQLite (same files, hash embedder)."""
from __future__ import annotations

import pytest

from nlp.pipeline import ingest_paths
from nlp.search import Searcher
from nlp.store import Store, open_store

from conftest import CORPUS

FILES = [
    CORPUS / "cn_laws" / "export_control_law_2020.md",
    CORPUS / "cn_laws" / "anti_foreign_sanctions_law_2021.md",
    *sorted((CORPUS / "cn_news_tradewar_2019").glob("*.txt"))[:3],
    *sorted((CORPUS / "fr_abstracts").glob("2022-*entit*.md"))[:2],
]
QUERIES = ["出口管制法 兩用物項", "entity list additions", "反外国制裁 报复", "tariff increase on Chinese goods"]


def test_search_postgres_store_matches_sqlite(tmp_path, pg_url, monkeypatch):
    """Ingest the same real files into both backends: every query returns the same hits, in the same order."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # where the PostgreSQL store's index cache goes
    with Store(tmp_path / "lite") as lite, open_store(pg_url) as pg:
        for s in (lite, pg):
            rep = ingest_paths(FILES, s, embedder_name="hash", progress=False)
            assert not rep.failed and rep.embedded
        for _ in range(2):  # the second round reads the cached BM25 and vector indexes
            a, b = Searcher(lite, embedder_name="hash"), Searcher(pg, embedder_name="hash")
            for q in QUERIES:
                ha, hb = a.search(q, k=5), b.search(q, k=5)
                assert ha and [h.passage_id for h in ha] == [h.passage_id for h in hb], q
                assert [h.score for h in ha] == pytest.approx([h.score for h in hb], abs=1e-5)
            assert b.search("出口管制", k=3, doc_id=ha[0].doc_id)
        assert (pg.index_dir / "bm25" / "params.json").exists()
        assert (lite.index_dir / "bm25" / "params.json").exists()
        # a new document in PostgreSQL invalidates its cached indexes
        more = sorted((CORPUS / "fr_abstracts").glob("2021-03-31-*digital*.md"))[:1]
        ingest_paths(more, pg, embedder_name="hash", progress=False)
        hits = Searcher(pg, embedder_name="hash").search("digital", k=20)
        assert any(h.doc_id in {d["doc_id"] for d in pg.documents() if d["path"].endswith(more[0].name)} for h in hits)
