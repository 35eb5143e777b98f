"""The parsers against the gold clauses mined from the shared corpus (tests/gold/normalize_cases.tsv).

Each row is a real clause; `expected` lists the mentions in bench/eval_normalize.py's notation. Cases the
parsers are known to miss are xfail (listed in KNOWN_MISSES with the reason); the accuracy floors below
keep the figures in docs/benchmarks.md honest.
"""
from __future__ import annotations

import pytest

from bench.eval_normalize import accuracy, load_gold, render

ROWS = load_gold()
KNOWN_MISSES = {
    "作为接下来150天内将要编写的法规的一部分，商务部": "US Commerce only from the previous sentence",
    "GDP 成長率將各自跌掉 2 個百分點": "typo 各個百分點 in the source",
    "7点，涨幅0.92%": "exchange rate: 元 after 美元 taken as USD",
    "ese President Xi Jinping, on September 7": "'September 7 and October 3, 2013': year only after the second",
}
FLOORS = {"dates": 0.97, "amounts": 0.97, "rates": 0.95, "counts": 0.97, "names": 0.85}


def _params():
    for r in ROWS:
        miss = next((why for prefix, why in KNOWN_MISSES.items() if r["text"].startswith(prefix)), None)
        marks = [pytest.mark.xfail(reason=miss, strict=True)] if miss else []
        yield pytest.param(r["parser"], r["text"], r["gold"], marks=marks, id=f"{r['parser']}-{r['split']}-{r['text'][:24]}")


def test_normalize_gold_set_size_and_split():
    assert len(ROWS) >= 400
    held = sum(r["split"] == "heldout" for r in ROWS) / len(ROWS)
    assert 0.2 < held < 0.4
    assert {r["source"] for r in ROWS} >= {"seed", "cn_laws", "news", "fr_abstracts", "weibo", "peoples_daily_en"}


@pytest.mark.parametrize("parser, text, gold", list(_params()))
def test_normalize_gold_case(parser, text, gold):
    assert render(parser, text) == gold


@pytest.mark.parametrize("parser", sorted(FLOORS))
def test_normalize_gold_accuracy_floor(parser):
    ok, n = accuracy(ROWS)[(parser, "all")]
    assert ok / n >= FLOORS[parser]
