"""Every public Store method, run against both backends: the embedded SQLite store and PostgreSQL."""
from __future__ import annotations

import sqlite3
from dataclasses import replace

import numpy as np
import pytest

from nlp.errors import StoreError
from nlp.pipeline import ingest_paths, parse_file
from nlp.store import Store, open_store
from nlp.types import Event, ThemeScore

from conftest import CORPUS

FILES = [
    CORPUS / "cn_laws" / "export_control_law_2020.md",
    CORPUS / "cn_laws" / "anti_foreign_sanctions_law_2021.md",
    sorted((CORPUS / "fr_abstracts").glob("*.md"))[0],
]


@pytest.fixture(params=["sqlite", "postgres"])
def location(request, tmp_path):
    """Where a fresh store lives: a folder, or the URL of an empty PostgreSQL database."""
    if request.param == "sqlite":
        return tmp_path / "store"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(location):
    with open_store(location) as s:
        yield s


@pytest.fixture(scope="module")
def parsed():
    return [parse_file(f) for f in FILES]


def _events(doc_id: str) -> list[Event]:
    return [
        Event(id=f"e-{doc_id}-1", type="tariff", date="2018-07-06", actor="United States", target=("China",),
              rate_pct=(5.0, 10.0), amount_usd=3.4e10, confidence=0.9, doc_id=doc_id, page=1, evidence="x", start=0, end=1),
        Event(id=f"e-{doc_id}-2", type="export_control", date="2019-05", actor="United States", target=("Huawei", "China"),
              confidence=0.6, doc_id=doc_id, page=1),
        Event(id=f"e-{doc_id}-3", type="sanction", date=None, actor="China", target=("United States",), confidence=0.4,
              doc_id=doc_id, page=1, source="table"),
        Event(id=f"e-{doc_id}-4", type="tariff", date="2020", actor="china", target=("United States",), rate_pct=25.0,
              confidence=0.8, doc_id=doc_id, page=1),
    ]


def _fill(store, parsed, events_for=0):
    for i, p in enumerate(parsed):
        store.add_document(p.doc, p.passages, _events(p.doc.doc_id) if i == events_for else [])


def test_store_documents_pages_passages_round_trip(store, parsed):
    _fill(store, parsed)
    first = parsed[0]
    assert store.has_sha(first.doc.sha256) and not store.has_sha("0" * 64)
    docs = store.documents()
    assert [d["doc_id"] for d in docs] == [p.doc.doc_id for p in parsed]  # ingest order
    assert docs[0] == {
        "doc_id": first.doc.doc_id, "title": first.doc.title, "path": first.doc.path, "pages": len(first.doc.pages),
        "passages": len(first.passages), "events": 4, "flags": list(first.doc.flags), "date": first.doc.date,
    }
    back = store.get_document(first.doc.doc_id)
    assert back == first.doc and back.meta == first.doc.meta
    assert store.get_document("nope") is None
    assert store.passages(first.doc.doc_id) == first.passages
    assert store.passages() == sorted((q for p in parsed for q in p.passages), key=lambda q: (q.doc_id, first_seq(parsed, q)))
    assert store.count_passages() == sum(len(p.passages) for p in parsed)
    want = [first.passages[0].passage_id, parsed[2].passages[-1].passage_id]
    got = store.get_passages(want + ["missing"])
    assert set(got) == set(want) and got[want[0]] == first.passages[0]


def first_seq(parsed, passage) -> int:
    for p in parsed:
        if passage in p.passages:
            return p.passages.index(passage)
    raise AssertionError(passage)


def test_store_resolve_doc_id(store, parsed):
    _fill(store, parsed)
    d = parsed[1].doc
    assert store.resolve_doc_id(d.doc_id) == d.doc_id
    assert store.resolve_doc_id(d.doc_id[:8]) == d.doc_id
    assert store.resolve_doc_id(d.path) == d.doc_id
    assert store.resolve_doc_id("zzzz") is None
    assert store.resolve_doc_id("") is None  # a prefix of every id is ambiguous


def test_store_same_path_new_content_replaces_old_version(store, parsed):
    _fill(store, parsed[:1])
    old = parsed[0]
    newer = replace(parsed[1].doc, path=old.doc.path)
    store.add_document(newer, parsed[1].passages, _events(newer.doc_id))
    assert [d["doc_id"] for d in store.documents()] == [newer.doc_id]
    assert store.passages(old.doc.doc_id) == [] and not store.has_sha(old.doc.sha256)
    assert {e.doc_id for e in store.events()} == {newer.doc_id}
    store.add_document(newer, parsed[1].passages, [])  # the same document again: still once
    assert len(store.documents()) == 1 and store.count_passages() == len(parsed[1].passages)


def test_store_remove_document_removes_everything_of_it(store, parsed):
    _fill(store, parsed)
    gone = parsed[0].doc.doc_id
    store.set_doc_themes(gone, [ThemeScore("tariffs", 0.9, True)])
    store.set_passage_themes([(parsed[0].passages[0].passage_id, "tariffs", 0.8)])
    store.remove_document(gone)
    assert gone not in {d["doc_id"] for d in store.documents()}
    assert store.passages(gone) == [] and store.events(doc_id=gone) == [] and store.doc_themes(gone) == []
    assert store.passages_with_theme("tariffs") == set()
    assert store.count_passages() == sum(len(p.passages) for p in parsed[1:])


def test_store_events_filters(store, parsed):
    _fill(store, parsed)
    d = parsed[0].doc.doc_id
    ids = lambda evs: [e.id.rsplit("-", 1)[1] for e in evs]  # noqa: E731
    assert ids(store.events()) == ["1", "2", "4", "3"]  # date order, undated last
    assert ids(store.events(type="tariff")) == ["1", "4"]
    assert ids(store.events(actor="CHINA")) == ["4", "3"]  # case-insensitive
    assert ids(store.events(target="huawei")) == ["2"]
    assert ids(store.events(since="2019")) == ["2", "4"]
    assert ids(store.events(until="2019")) == ["1", "2"]  # "2019" includes 2019-05
    assert ids(store.events(since="2018-07-06", until="2018-07-06")) == ["1"]
    assert ids(store.events(min_confidence=0.7)) == ["1", "4"]
    assert ids(store.events(doc_id=d, type="tariff", since="2019")) == ["4"]
    assert store.events(doc_id=parsed[1].doc.doc_id) == []
    first = store.events(type="tariff")[0]
    assert first == _events(d)[0] and first.to_dict()["rate_pct"] == [5.0, 10.0] and first.source == "prose"
    assert store.events(type="sanction")[0].source == "table"


def test_store_vectors_cache_by_text_and_watermark(store, parsed):
    _fill(store, parsed[:2])
    missing = store.missing_vectors("m")
    texts = {q.text for p in parsed[:2] for q in p.passages}
    assert len(missing) == len(texts) and {t for _, t in missing} == texts
    rng = np.random.default_rng(0)
    vecs = rng.standard_normal((len(missing), 8)).astype(np.float32)
    store.put_vectors([h for h, _ in missing[:3]], "m", vecs[:3])
    assert len(store.missing_vectors("m")) == len(missing) - 3 and len(store.missing_vectors("other")) == len(missing)
    ids, hashes, mat = store.vectors_since("m")
    assert hashes == [h for h, _ in missing[:3]] and np.allclose(mat, vecs[:3].astype(np.float16), atol=1e-3)
    store.put_vectors([h for h, _ in missing[3:]], "m", vecs[3:])
    assert store.missing_vectors("m") == []
    after = ids[-1]
    ids2, hashes2, _ = store.vectors_since("m", after, limit=2)
    assert hashes2 == [h for h, _ in missing[3:5]] and min(ids2) > after
    seen, mark = [], 0
    while True:
        batch_ids, batch_hashes, _ = store.vectors_since("m", mark, limit=4)
        if not batch_ids:
            break
        seen += batch_hashes
        mark = batch_ids[-1]
    assert seen == [h for h, _ in missing]
    store.put_vectors([missing[0][0]], "m", vecs[:1])  # re-stored: seen again after the watermark
    assert store.vectors_since("m", mark)[1] == [missing[0][0]]
    pids, mat = store.passage_vectors("m")
    assert pids == [q.passage_id for q in store.passages()] and mat.dtype == np.float32 and mat.shape[1] == 8
    by_hash = dict(zip([h for h, _ in missing], vecs))
    from nlp.store import text_hash

    p0 = store.passages()[0]
    assert np.allclose(mat[0], by_hash[text_hash(p0.text)], atol=1e-2)
    owners = store.passage_ids_for_hashes([text_hash(p0.text), "nope"])
    assert p0.passage_id in owners[text_hash(p0.text)] and "nope" not in owners
    assert store.vectors_since("none")[:2] == ([], [])


def test_store_themes(store, parsed):
    _fill(store, parsed)
    a, b = parsed[0].doc.doc_id, parsed[1].doc.doc_id
    assert set(store.iter_docs_without_themes()) == {p.doc.doc_id for p in parsed}
    store.set_doc_themes(a, [ThemeScore("export_controls", 0.4, False), ThemeScore("tariffs", 0.9, True)])
    assert store.doc_themes(a) == [ThemeScore("tariffs", 0.9, True), ThemeScore("export_controls", 0.4, False)]
    store.set_doc_themes(a, [ThemeScore("tariffs", 0.7, True)])  # replaces
    assert store.doc_themes(a) == [ThemeScore("tariffs", 0.7, True)]
    assert set(store.iter_docs_without_themes()) == {b, parsed[2].doc.doc_id}
    pb = parsed[1].passages[0].passage_id
    store.set_passage_themes([(pb, "sanctions", 0.6), (pb, "export_controls", 0.3)])
    store.set_passage_themes([(pb, "sanctions", 0.8)])  # upsert, no duplicate
    assert store.passages_with_theme("sanctions") == {pb}
    assert store.passages_with_theme("tariffs") == {p.passage_id for p in parsed[0].passages}
    assert store.passages_with_theme("export_controls") == {pb}  # not through a's unassigned theme
    assert store.passages_with_theme("nothing") == set()


def test_store_read_only_reads_and_refuses_writes(location, parsed):
    with open_store(location) as s:
        _fill(s, parsed[:1])
    with open_store(location, read_only=True) as ro:
        assert [d["doc_id"] for d in ro.documents()] == [parsed[0].doc.doc_id]
        assert ro.passages(parsed[0].doc.doc_id) == parsed[0].passages
        with pytest.raises((StoreError, sqlite3.OperationalError)):
            ro.remove_document(parsed[0].doc.doc_id)
        with pytest.raises(StoreError):
            ro.add_document(parsed[1].doc, parsed[1].passages)
    with open_store(location) as s:
        assert len(s.documents()) == 1  # nothing lost, nothing added


def test_store_read_only_without_a_store_says_so(location):
    with pytest.raises(StoreError, match="no store here"):
        open_store(location, read_only=True)


def test_store_context_manager_closes(location):
    with open_store(location) as s:
        assert s.documents() == []
    with pytest.raises(Exception):
        s.documents()


def test_store_backends_hold_the_same_after_an_ingest(tmp_path, pg_url):
    """The same files ingested into SQLite and into PostgreSQL give the same store contents."""
    with Store(tmp_path / "s") as lite, open_store(pg_url) as pg:
        for s in (lite, pg):
            report = ingest_paths(FILES, s, embedder_name="hash", progress=False)
            assert len(report.added) == len(FILES) and report.embedded
        assert lite.documents() == pg.documents()
        assert lite.passages() == pg.passages()
        assert lite.events() == pg.events()
        ids_l, m_l = lite.passage_vectors("hash-256")
        ids_p, m_p = pg.passage_vectors("hash-256")
        assert ids_l == ids_p and np.array_equal(m_l, m_p)


def test_store_cache_keys_for_derived_indexes(store, parsed):
    """What search caches build on: passage texts in storage order, a key that changes with them, a folder."""
    empty_key = store.state_key()
    _fill(store, parsed[:2])
    assert store.passage_texts() == [(q.passage_id, q.text) for p in parsed[:2] for q in p.passages]
    key = store.state_key()
    assert key != empty_key and store.state_key() == key  # stable while nothing changes
    store.add_document(parsed[2].doc, parsed[2].passages)
    assert store.state_key() != key
    store.remove_document(parsed[2].doc.doc_id)
    assert store.state_key() == key  # the same passages again: the cached index is valid again
    last = parsed[1]  # stored again with other passages of the same count (ingest --reprocess after an upgrade)
    recut = [replace(q, text=q.text + " ") for q in last.passages]
    store.add_document(last.doc, recut)
    assert store.state_key() != key and [t for _, t in store.passage_texts()][-1].endswith(" ")
    assert store.count_vectors("m") == 0
    missing = store.missing_vectors("m")
    store.put_vectors([h for h, _ in missing], "m", np.ones((len(missing), 4), dtype=np.float32))
    assert store.count_vectors("m") == len(missing) and store.count_vectors("x") == 0
    assert store.index_dir.name and not str(store.index_dir).startswith("postgresql:")
