"""What only the PostgreSQL store has: versioned migrations, concurrent writers, the CLI on a URL."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter

import pytest

from nlp.errors import StoreError
from nlp.store import open_store

from conftest import CORPUS, ROOT

LAWS = sorted((CORPUS / "cn_laws").glob("*.md"))
NEWS = sorted((CORPUS / "cn_news_tradewar_2019").glob("*.txt"))[:4]


def test_store_pg_schema_version_table_and_idempotent_migrations(pg_url):
    import psycopg

    from nlp.store_pg import SCHEMA_VERSION

    for _ in range(2):
        with open_store(pg_url) as s:
            assert s.schema_version() == SCHEMA_VERSION
    with psycopg.connect(pg_url) as c:
        assert [r[0] for r in c.execute("SELECT version FROM schema_version ORDER BY version")] == list(range(1, SCHEMA_VERSION + 1))


def test_store_pg_refuses_a_newer_schema(pg_url):
    import psycopg

    open_store(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as c:
        c.execute("INSERT INTO schema_version (version) VALUES (99)")
    for ro in (False, True):
        with pytest.raises(StoreError, match="newer than this policylens"):
            open_store(pg_url, read_only=ro)


def test_store_pg_unreachable_server_is_a_clear_error(pg_server):
    import socket

    with socket.socket() as sock:  # a port where nothing listens
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql://someone:secret@127.0.0.1:{port}/db"
    with pytest.raises(StoreError) as err:
        open_store(url)
    msg = str(err.value)
    assert msg.startswith(f"postgresql://127.0.0.1:{port}/db: cannot connect") and "secret" not in msg


def test_store_pg_concurrent_ingests_store_each_document_once(pg_url, tmp_path):
    """Three processes ingest overlapping file sets into one database at once: every document exactly once."""
    sets = [LAWS + NEWS[:2], LAWS[2:] + NEWS, NEWS + LAWS[:3]]
    env = {**os.environ, "POLICYLENS_EMBEDDER": "hash"}
    procs = [
        subprocess.Popen(
            [sys.executable, str(ROOT / "cli.py"), "ingest", *map(str, files), "--store", pg_url],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path,
        )
        for files in sets
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [o[1][-500:] for o in outs]
    want = {os.path.realpath(f) for f in LAWS + NEWS}  # stored under their real path
    with open_store(pg_url, read_only=True) as s:
        docs = s.documents()
        assert sorted(d["path"] for d in docs) == sorted(want)  # each once
        passages = s.passages()
        assert not [k for k, n in Counter(p.passage_id for p in passages).items() if n > 1]
        assert sum(d["passages"] for d in docs) == len(passages)
        assert s.missing_vectors("hash-256") == []
        ids, mat = s.passage_vectors("hash-256")
        assert len(ids) == len(passages)


def test_store_pg_cli_ingest_docs_events_on_a_url(pg_url, run_cli):
    res = run_cli("ingest", *LAWS[:2], "--store", pg_url, "--no-embed")
    assert res.returncode == 0, res.stderr
    res = run_cli("docs", "--json", "--store", pg_url)
    assert res.returncode == 0, res.stderr
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert sorted(r["path"] for r in rows) == sorted(map(os.path.realpath, LAWS[:2]))
    assert set(rows[0]) == {"doc_id", "title", "path", "pages", "passages", "events", "flags"}
    again = run_cli("ingest", *LAWS[:2], "--store", pg_url, "--no-embed")
    assert again.returncode == 0 and "skipped 2 already stored" in again.stderr
    res = run_cli("embed", "--store", pg_url)
    assert res.returncode == 0 and "embedded" in res.stderr
