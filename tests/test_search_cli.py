"""End to end: `policylens ingest --no-embed` real files, then `search --json` and batch `--queries`."""
from __future__ import annotations

import json

import pytest

CONTRACT_FIELDS = {"rank": int, "score": float, "doc_id": str, "title": str, "page": int, "passage_id": str, "text": str}


@pytest.fixture
def cli_store(run_cli, tmp_path, corpus):
    store = tmp_path / "store"
    files = [corpus / "cn_laws" / "export_control_law_2020.md", corpus / "cn_laws" / "tariff_law_2024.md"]
    files += sorted((corpus / "fr_abstracts").glob("2022-*entit*.md"))[:2]
    r = run_cli("ingest", *files, "--store", store, "--no-embed")
    assert r.returncode == 0, r.stderr
    assert "0 embedded" in r.stderr
    return store


def _check_hit(h: dict, rank: int) -> None:
    for field, typ in CONTRACT_FIELDS.items():
        assert isinstance(h[field], typ), (field, h)
    assert h["rank"] == rank and h["text"].strip() and len(h["doc_id"]) >= 8


def test_search_cli_json_lexical_only_after_no_embed(run_cli, cli_store):
    r = run_cli("search", "出口管制法", "--json", "--k", "3", "--store", cli_store)
    assert r.returncode == 0, r.stderr
    assert "lexical search only" in r.stderr and "policylens embed" in r.stderr
    hits = json.loads(r.stdout)
    assert len(hits) == 3
    for i, h in enumerate(hits, 1):
        _check_hit(h, i)
    assert hits[0]["score"] >= hits[1]["score"] >= hits[2]["score"]
    assert "出口管制" in hits[0]["text"]
    docs = {json.loads(line)["doc_id"]: json.loads(line) for line in run_cli("docs", "--json", "--store", cli_store).stdout.splitlines()}
    assert hits[0]["title"] == docs[hits[0]["doc_id"]]["title"]


def test_search_cli_after_embed_and_batch(run_cli, cli_store, tmp_path):
    r = run_cli("embed", "--store", cli_store)
    assert r.returncode == 0 and "embedded" in r.stderr
    queries = tmp_path / "q.jsonl"
    queries.write_text('{"id": "a", "query": "entity list"}\n\n{"id": "b", "query": "關稅稅率"}\n', encoding="utf-8")
    r = run_cli("search", "--queries", queries, "--json", "--k", "2", "--store", cli_store)
    assert r.returncode == 0, r.stderr
    assert "lexical search only" not in r.stderr
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    for x in lines:
        assert len(x["results"]) == 2
        for i, h in enumerate(x["results"], 1):
            _check_hit(h, i)


@pytest.mark.parametrize("query, needle", [("", "empty query"), ("？！", "no letters or digits")])
def test_search_cli_bad_query_exits_1(run_cli, cli_store, query, needle):
    r = run_cli("search", query, "--store", cli_store)
    assert r.returncode in (1, 2)
    if r.returncode == 1:
        assert needle in r.stderr and r.stdout == ""


def test_search_cli_human_view_names_the_translation(run_cli, cli_store):
    r = run_cli("search", "export control law", "--k", "2", "--store", cli_store)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("(also searched as: 出口管制法") and lines[1].startswith(" 1. [")


def test_search_cli_bad_date_and_doc(run_cli, cli_store):
    r = run_cli("search", "tariff", "--since", "last year", "--store", cli_store)
    assert r.returncode == 1 and "YYYY" in r.stderr
    r = run_cli("search", "tariff", "--doc", "nosuchdoc", "--store", cli_store)
    assert r.returncode == 1 and "no such document" in r.stderr


def _ids(r) -> list[dict]:
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_search_cli_filters_theme_dates_doc(run_cli, cli_store):
    """--theme, --since/--until and --doc narrow the hits through the real CLI, each to what it names."""
    docs = {json.loads(x)["title"]: json.loads(x)["doc_id"] for x in run_cli("docs", "--json", "--store", cli_store).stdout.splitlines()}
    tariff_law, ec_law = docs["中华人民共和国关税法"], docs["中华人民共和国出口管制法"]
    base = ["--json", "--k", "10", "--store", cli_store]
    everything = _ids(run_cli("search", "出口 货物", *base))
    assert {h["doc_id"] for h in everything} >= {tariff_law, ec_law}
    # ingest tagged the tariff law with the theme "tariffs", the export control law with "export_controls"
    tariffs = _ids(run_cli("search", "出口 货物", "--theme", "tariffs", *base))
    assert tariffs and {h["doc_id"] for h in tariffs} == {tariff_law}
    ec = _ids(run_cli("search", "出口 货物", "--theme", "export_controls", *base))
    assert ec and tariff_law not in {h["doc_id"] for h in ec} and ec_law in {h["doc_id"] for h in ec}
    # a passage is about the dates it names (the laws have no document date): 2024 is the tariff law's year
    y2024 = _ids(run_cli("search", "出口 货物", "--since", "2024", "--until", "2024-12-31", *base))
    assert y2024 and all("2024" in h["text"] for h in y2024)
    early = _ids(run_cli("search", "出口 货物", "--until", "2021", *base))
    assert early and tariff_law not in {h["doc_id"] for h in early}
    one = _ids(run_cli("search", "出口 货物", "--doc", ec_law[:6], *base))
    assert one and {h["doc_id"] for h in one} == {ec_law}
    assert _ids(run_cli("search", "出口 货物", "--theme", "ai", *base)) == []


def test_search_cli_event_type_filter(run_cli, cli_store):
    """--type keeps the passages that state an event of that type: here the two entity-list rules' summaries."""
    events = [json.loads(x) for x in run_cli("events", "--format", "jsonl", "--store", cli_store).stdout.splitlines()]
    listed = [e for e in events if e["type"] == "export_control"]
    assert listed and not [e for e in events if e["type"] == "tariff"]
    hits = _ids(run_cli("search", "出口 货物 entity", "--type", "export_control", "--json", "--store", cli_store))
    assert {h["doc_id"] for h in hits} == {e["doc_id"] for e in listed}
    for h in hits:
        assert any(e["evidence"][:40] in h["text"] for e in listed if e["doc_id"] == h["doc_id"])
    assert _ids(run_cli("search", "出口 货物", "--type", "tariff", "--json", "--store", cli_store)) == []
    r = run_cli("search", "出口", "--type", "tarrif", "--store", cli_store)
    assert r.returncode == 2 and "invalid choice" in r.stderr


def test_search_cli_batch_own_filters_and_a_bad_line(run_cli, cli_store, tmp_path):
    """A batch line may set its own k and filters; a bad query on one line is reported with its line number
    and an "error" field, the other lines still run, and the exit status is 1."""
    queries = tmp_path / "q.jsonl"
    lines = [{"id": "all", "query": "出口 货物"}, {"id": "bad", "query": "？！"},
             {"id": "typed", "query": "出口 货物 entity", "type": "export_control", "k": 5},
             {"id": "theme", "query": "出口 货物", "theme": "tariffs", "k": 3}, {"id": "baddate", "query": "tariff", "since": "soon"}]
    queries.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    r = run_cli("search", "--queries", queries, "--json", "--store", cli_store)
    assert r.returncode == 1
    out = {x["id"]: x for x in map(json.loads, r.stdout.splitlines())}
    assert list(out) == ["all", "bad", "typed", "theme", "baddate"]
    assert len(out["all"]["results"]) == 10 and "error" not in out["all"]
    assert out["bad"]["results"] == [] and "no letters or digits" in out["bad"]["error"]
    assert f"{queries}:2:" in r.stderr and f"{queries}:5:" in r.stderr and "2 of 5 queries failed" in r.stderr
    assert 1 <= len(out["typed"]["results"]) <= 2  # the two passages stating an export-control event
    assert len(out["theme"]["results"]) == 3 and len({h["doc_id"] for h in out["theme"]["results"]}) == 1
    assert "YYYY" in out["baddate"]["error"]


def test_search_cli_batch_malformed_file_runs_nothing(run_cli, cli_store, tmp_path):
    queries = tmp_path / "q.jsonl"
    queries.write_text('{"id": "a", "query": "tariff"}\n{"id": "b"}\n', encoding="utf-8")
    r = run_cli("search", "--queries", queries, "--json", "--store", cli_store)
    assert r.returncode == 1 and r.stdout == ""
    assert f"{queries}:2" in r.stderr and "missing field(s) query" in r.stderr
