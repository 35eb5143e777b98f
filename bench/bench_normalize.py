"""Speed of each normalisation parser over the whole seed report (one call per line, as the pipeline does).

    POLICYLENS_SHARED=/work/shared python bench/bench_normalize.py
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.normalize import find_names, parse_amounts, parse_counts, parse_dates, parse_rates  # noqa: E402
from tests.conftest import SEED_TXT  # noqa: E402


def main() -> None:
    text = SEED_TXT.read_text(encoding="utf-8")
    lines = [ln for ln in text.split("\n") if ln.strip()]
    find_names("預熱")  # load the alias table and OpenCC once, outside the timing
    total_n, total_s = 0, 0.0
    print(f"seed text: {len(text):,} chars, {len(lines):,} non-empty lines")
    for fn in (parse_dates, parse_amounts, parse_rates, parse_counts, find_names):
        t = time.perf_counter()
        n = sum(len(fn(ln)) for ln in lines)
        s = time.perf_counter() - t
        total_n, total_s = total_n + n, total_s + s
        print(f"{fn.__name__:14} {n:6} mentions  {s:6.2f} s  {len(text) / s / 1e6:5.2f} M chars/s")
    print(f"{'all':14} {total_n:6} mentions  {total_s:6.2f} s  {total_n / total_s:,.0f} mentions/s")


if __name__ == "__main__":
    main()
