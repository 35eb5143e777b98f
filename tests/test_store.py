from nlp.store import Store
from nlp.types import Document, Event, Page, Passage


def _doc(doc_id="d1", path="a.txt", text="美國對中國大陸加徵關稅。"):
    return Document(doc_id=doc_id, path=path, title="t", pages=(Page(1, text),), sha256=doc_id * 4)


def test_store_add_and_read_back(tmp_path):
    s = Store(tmp_path / "st")
    doc = _doc()
    ps = [Passage("d1-0", "d1", 1, 0, 12, doc.pages[0].text)]
    ev = Event(id="e-1", type="tariff", date="2018-07-06", actor="United States", target=("China",), rate_pct=(5.0, 10.0), doc_id="d1", page=1)
    s.add_document(doc, ps, [ev])
    assert s.has_sha(doc.sha256)
    assert s.documents()[0]["passages"] == 1
    back = s.get_document("d1")
    assert back.pages[0].text == doc.pages[0].text
    got = s.events(type="tariff", target="china", until="2018")
    assert [e.to_dict()["rate_pct"] for e in got] == [[5.0, 10.0]]


def test_store_changed_file_replaces_old_version(tmp_path):
    s = Store(tmp_path / "st")
    s.add_document(_doc("d1"), [])
    s.add_document(_doc("d2", text="新版本。"), [])
    assert [d["doc_id"] for d in s.documents()] == ["d2"]


def test_store_migrations_are_idempotent(tmp_path):
    Store(tmp_path / "st").close()
    s = Store(tmp_path / "st")
    assert s.db.execute("PRAGMA user_version").fetchone()[0] >= 1
