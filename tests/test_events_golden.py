"""Golden files: tests/gold/<case>.{txt,md} -> <case>.events.jsonl, whole records compared.

Regenerate after a deliberate change with ``POLICYLENS_REGEN_GOLDEN=1 pytest tests/test_events_golden.py``
and review the diff (git diff tests/gold/*.events.jsonl) before committing.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from nlp.events import extract_events
from nlp.read import read_document

GOLD = Path(__file__).parent / "gold"
# a case is an input with a golden output beside it (start a new one with an empty <case>.events.jsonl)
CASES = sorted(p for p in GOLD.iterdir() if p.suffix in (".txt", ".md") and p.with_suffix(".events.jsonl").exists())


@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_events_golden(case: Path):
    got = [e.to_dict() for e in extract_events(read_document(case), [])]
    out = case.with_suffix(".events.jsonl")
    if os.environ.get("POLICYLENS_REGEN_GOLDEN") == "1":
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in got), encoding="utf-8")
    want = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert got == want
