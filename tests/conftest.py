"""Shared fixtures: paths to the real corpus in ../shared, the CLI runner, a fast embedder."""
from __future__ import annotations

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
