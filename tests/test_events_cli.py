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
