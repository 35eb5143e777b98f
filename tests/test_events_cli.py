"""`policylens extract` and `policylens events` on real documents, fields checked against the CONTRACT."""
from __future__ import annotations

import csv
import io
import json

CONTRACT_FIELDS = ["id", "type", "date", "actor", "target", "instrument", "amount_usd", "rate_pct", "items", "products",
                   "destination", "status", "confidence", "doc_id", "page", "evidence"]


def _fr(corpus, pattern):
    return sorted((corpus / "fr_abstracts").glob(pattern))[0]


def test_events_cli_extract_jsonl_and_csv(run_cli, corpus):
    f = _fr(corpus, "2020-03-16-*entity-list*.md")
    r = run_cli("extract", f, "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    (ev,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert list(ev)[:len(CONTRACT_FIELDS)] == CONTRACT_FIELDS
    assert (ev["type"], ev["date"], ev["actor"], ev["items"], ev["status"]) == ("export_control", "2020-03-16", "United States", 24, "implemented")
    assert ev["destination"] == ["China", "Iran", "Pakistan", "Russia", "United Arab Emirates"]
    assert ev["evidence"] in f.read_text(encoding="utf-8")
    r = run_cli("extract", f, "--format", "csv", "--min-confidence", "0.99")
    assert r.returncode == 0 and list(csv.reader(io.StringIO(r.stdout))) == [CONTRACT_FIELDS]


def test_events_cli_events_filters_after_ingest(run_cli, corpus, tmp_path):
    store = tmp_path / "s"
    files = [_fr(corpus, "2020-01-22-*.md"), _fr(corpus, "2021-04-09-*entity-list*.md")]
    r = run_cli("ingest", *files, "--store", store, "--no-embed")
    assert r.returncode == 0, r.stderr
    r = run_cli("events", "--store", store, "--type", "export_control", "--format", "jsonl", "--min-confidence", "0.5")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [(x["type"], x["date"], x["items"]) for x in rows] == [("export_control", "2021-04-09", 7)]
    r = run_cli("events", "--store", store, "--target", "China", "--since", "2020", "--until", "2020-12", "--format", "jsonl")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [(x["type"], x["rate_pct"]) for x in rows] == [("tariff", 7.5)]


def test_events_cli_merge_across_documents(run_cli, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("2019 年 5 月 16 日，美國商務部將華為及其 70 家附屬事業列入實體清單。\n", encoding="utf-8")
    b.write_text("美國商務部於 2019 年 5 月 16 日把華為與 68 家關係企業納入實體清單，禁止美企向其銷售零組件。\n", encoding="utf-8")
    store = tmp_path / "s"
    assert run_cli("ingest", a, b, "--store", store, "--no-embed").returncode == 0
    plain = run_cli("events", "--store", store, "--format", "jsonl").stdout.splitlines()
    merged = [json.loads(x) for x in run_cli("events", "--store", store, "--format", "jsonl", "--merge").stdout.splitlines()]
    assert len(plain) == 2 and len(merged) == 1
    (e,) = merged
    assert (e["type"], e["date"], e["actor"], e["target"]) == ("export_control", "2019-05-16", "United States", ["Huawei"])
    assert len({m["doc_id"] for m in e["mentions"]}) == 2
    assert e["conflicts"] == {"items": [70, 68]} or e["conflicts"] == {"items": [68, 70]}


def test_events_table_names_the_document_when_events_come_from_several():
    import io

    from nlp.export import write_events
    from nlp.types import Event

    def ev(doc):
        return Event(id="e-" + doc, type="tariff", date="2019-05-10", actor="United States", target=("China",), instrument=None,
                     amount_usd=None, items=None, destination=(), status="implemented", confidence=0.9, doc_id=doc, page=1,
                     evidence="x", start=0, end=1, source="prose")

    out = io.StringIO()
    write_events([ev("aaaaaaaaaaaa"), ev("bbbbbbbbbbbb")], "table", out)
    lines = out.getvalue().splitlines()
    assert lines[0].split("\t")[0] == "doc" and lines[1].startswith("aaaaaaaa\t") and lines[2].startswith("bbbbbbbb\t")
    out = io.StringIO()
    write_events([ev("aaaaaaaaaaaa")], "table", out)
    assert out.getvalue().splitlines()[0].startswith("date\t")
