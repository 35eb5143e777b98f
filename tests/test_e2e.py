"""End to end through the real CLI on the bundled sample: what `make demo` does, checked against CONTRACT."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import CORPUS, ROOT

SAMPLE = ROOT / "corpus" / "report_050p.pdf"
EVENT_FIELDS = {
    "id": str, "type": str, "date": (str, type(None)), "actor": (str, type(None)), "target": list,
    "instrument": (str, type(None)), "amount_usd": (int, float, type(None)), "rate_pct": (int, float, list, type(None)),
    "items": (int, type(None)), "products": (str, type(None)), "destination": list, "status": (str, type(None)),
    "confidence": (int, float), "doc_id": str, "page": (int, type(None)), "evidence": str,
}
HIT_FIELDS = {"rank": int, "score": (int, float), "doc_id": str, "title": str, "page": int, "passage_id": str, "text": str}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    """A real store made by the real CLI from the bundled sample and a few shared documents."""
    import os
    import subprocess
    import sys

    st = tmp_path_factory.mktemp("e2e") / "store"
    files = [SAMPLE, CORPUS / "cn_laws" / "export_control_law_2020.md",
             *sorted((CORPUS / "fr_abstracts").glob("2022-1*.md"))[:4]]
    r = subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "ingest", *map(str, files), "--store", str(st)],
        capture_output=True, text=True, env={**os.environ, "POLICYLENS_EMBEDDER": "hash"}, timeout=600,
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout == ""  # progress and summary go to stderr
    return st


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_e2e_docs_json_has_contract_fields(store, run_cli):
    r = run_cli("docs", "--json", "--store", store)
    assert r.returncode == 0
    docs = _jsonl(r.stdout)
    assert len(docs) == 6
    for d in docs:
        assert {"doc_id", "title", "path", "pages", "passages", "events", "flags"} <= d.keys()
        assert isinstance(d["flags"], list) and d["passages"] > 0
    pdf = next(d for d in docs if d["path"].endswith("report_050p.pdf"))
    assert pdf["pages"] == 50 and pdf["events"] > 10


def test_e2e_events_jsonl_match_contract(store, run_cli):
    r = run_cli("events", "--format", "jsonl", "--store", store)
    assert r.returncode == 0
    events = _jsonl(r.stdout)
    assert events
    for e in events:
        for field, kind in EVENT_FIELDS.items():
            assert isinstance(e[field], kind), (field, e)
        assert e["type"] in {"tariff", "export_control", "sanction", "investment_restriction", "relocation", "trade_agreement", "other"}
        assert e["status"] in {None, "implemented", "planned", "considering", "suspended", "revoked"}
        assert e["date"] is None or len(e["date"]) in (4, 7, 10)
    # The Federal Register notices add entities to the Entity List.
    assert any(e["type"] == "export_control" and (e["items"] or 0) > 0 for e in events)
    # Filters combine.
    r = run_cli("events", "--type", "tariff", "--since", "2019", "--format", "jsonl", "--store", store)
    assert all(e["type"] == "tariff" and e["date"] >= "2019" for e in _jsonl(r.stdout))


def test_e2e_events_evidence_is_verbatim_page_text(store):
    from nlp.store import Store

    with Store(store, read_only=True) as s:
        evs = s.events()
        checked = 0
        for e in evs[:200]:
            doc = s.get_document(e.doc_id)
            page = next(p for p in doc.pages if p.number == e.page)
            if e.start is not None:
                assert page.text[e.start : e.end] == e.evidence
                checked += 1
        assert checked > 0


def test_e2e_show_page_has_no_running_header(store, run_cli):
    r = run_cli("docs", "--json", "--store", store)
    pdf = next(d for d in _jsonl(r.stdout) if d["path"].endswith("report_050p.pdf"))
    r = run_cli("show", pdf["doc_id"][:8], "--page", "10", "--store", store)
    assert r.returncode == 0
    body = r.stdout.split("--- page 10", 1)[1]
    assert "研究報告" not in body  # the running header is removed
    assert "--- page 11" not in r.stdout


def test_e2e_search_json_matches_contract(store, run_cli):
    r = run_cli("search", "出口管制", "--json", "--k", "5", "--store", store)
    assert r.returncode == 0, r.stderr
    assert "DEBUG" not in r.stderr  # library debug logs stay off stderr
    hits = json.loads(r.stdout)
    assert 0 < len(hits) <= 5
    for i, h in enumerate(hits, 1):
        for field, kind in HIT_FIELDS.items():
            assert isinstance(h[field], kind), (field, h)
        assert h["rank"] == i
    assert any("出口管制" in h["text"] for h in hits)


def test_e2e_reingest_stores_nothing_twice(store, run_cli):
    r = run_cli("ingest", SAMPLE, "--store", store)
    assert r.returncode == 0
    assert "skipped 1" in r.stderr
    assert len(_jsonl(run_cli("docs", "--json", "--store", store).stdout)) == 6
