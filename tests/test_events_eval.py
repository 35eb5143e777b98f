"""The dev-set figures stay where docs/benchmarks.md says they are (a regression guard, not tuning)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))


def test_events_eval_dev_set_figures(corpus):
    from eval_events import evaluate

    rep = evaluate()
    assert rep["scopes"]["seed-tables"]["all"]["f1"] >= 0.95
    assert rep["overall"]["all"]["f1"] >= 0.85
    for f in ("date", "amount_usd", "rate_pct", "target"):
        assert rep["overall"]["fields"][f]["acc"] >= 0.85, f
