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
    "【中国国际商会第5次代表中国工商界": "China Chamber of International Commerce not in names.yaml",
    "The Chinese Commerce Ministry contends": "alias 'Chinese Commerce Ministry' missing",
    "GDP 成長率將各自跌掉 2 個百分點": "typo 各個百分點 in the source",
    "美國商務部工業安全局": "alias 工業安全局 for BIS missing",
    "美奇金投資諮詢有限公司": "J Capital Research not in names.yaml",
    "ICT, MSIT)、內政安全部": "Korean ministries not in names.yaml",
    "7点，涨幅0.92%": "exchange rate: 元 after 美元 taken as USD",
    "更多的中国关税”，《纽约时报》": "Leading Lady (company) not in names.yaml",
    "ese President Xi Jinping, on September 7": "'September 7 and October 3, 2013': year only after the second",
    "closed on Tuesday, Yunnan Airport Group": "Yunnan Airport Group not in names.yaml",
    "Companies affected by the tax include Kureha": "Kureha, Asahi Kasei not in names.yaml",
    "based subsidiary of China National Petroleum": "CNPC not in names.yaml",
    "s made after a two-day public hearing by the Office": "alias 'Office of the US Trade Representative' missing",
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
