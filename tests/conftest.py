"""Shared fixtures: paths to the real corpus in ../shared, the CLI runner, a fast embedder."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("POLICYLENS_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
SEED_TXT = CORPUS / "000_3ffe8296a3a1e621.txt"
PDF_DIR = CORPUS / "pdf"


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.fail(f"{CORPUS} is missing: the tests read the shared corpus beside the checkout")
    return CORPUS


@pytest.fixture
def run_cli(tmp_path):
    """Run the real CLI (`python cli.py ...`) in a subprocess; returns CompletedProcess."""

    def run(*args: str, input: str | None = None, env: dict | None = None, timeout: int = 600):
        e = {**os.environ, "POLICYLENS_EMBEDDER": "hash", **(env or {})}
        return subprocess.run(
            [sys.executable, str(ROOT / "cli.py"), *map(str, args)],
            capture_output=True, text=True, input=input, env=e, timeout=timeout, cwd=tmp_path,
        )

    return run


@pytest.fixture(scope="session")
def pg_server():
    """Admin URL of a throwaway PostgreSQL server for the session (tests skip, saying why, without one)."""
    from pg_cluster import server

    yield from server()


@pytest.fixture
def pg_url(pg_server):
    """URL of a fresh empty PostgreSQL database."""
    from pg_cluster import new_database

    return new_database(pg_server)


@pytest.fixture(scope="session")
def doc050(corpus):
    """The 50-page typeset report, read once for every test that looks at it."""
    from nlp.read import read_document

    return read_document(PDF_DIR / "report_050p.pdf")


@pytest.fixture(scope="session")
def gt050(corpus):
    """Ground truth of the 50-page typeset report."""
    return json.loads((PDF_DIR / "report_050p.gt.json").read_text(encoding="utf-8"))
