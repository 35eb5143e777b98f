"""Accuracy of the normalisation parsers on the gold clauses (dev and heldout), speed, and jieba term coverage.

    POLICYLENS_SHARED=/work/shared python bench/eval_normalize.py
A case is right when the parser's mentions, rendered as in tests/gold/normalize_cases.tsv, equal the gold list.
"""
from __future__ import annotations

import csv
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.normalize import find_names, parse_amounts, parse_counts, parse_dates, parse_rates  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "normalize_cases.tsv"


def _num(x: float) -> str:
    return f"{x:.6g}" if abs(x) < 1e6 else str(int(round(x)))


def render(parser: str, text: str) -> list[str]:
    """The parser's mentions of `text` in the gold file's notation."""
    if parser == "dates":
        return [d.iso + (f"..{d.end_iso}" if d.end_iso else "") for d in parse_dates(text)]
    if parser == "amounts":
        return [(_num(a.low) + "-" + _num(a.high) if a.high is not None else _num(a.value)) + " " + (a.currency or "?")
                for a in parse_amounts(text)]
    if parser == "rates":
        suffix = {"percent": "%", "points": "pt", "fraction": "frac"}
        return [(f"{_num(r.low)}..{_num(r.high)}" if r.high is not None else _num(round(r.low, 2))) + suffix[r.kind]
                for r in parse_rates(text)]
    if parser == "counts":
        return [f"{c.n} {c.unit}" for c in parse_counts(text)]
    if parser == "names":
        return [n.canonical for n in find_names(text)]
    raise ValueError(parser)


def load_gold(path: Path = GOLD) -> list[dict]:
    """Gold rows: split, parser, source, text, expected (mentions joined by ' ; ')."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        r["gold"] = [x.strip() for x in r["expected"].split(";") if x.strip()] if r["expected"] != "-" else []
    return rows


def accuracy(rows: list[dict]) -> dict:
    """(parser, split) -> (right, total)."""
    acc: dict = defaultdict(lambda: [0, 0])
    for r in rows:
        ok = render(r["parser"], r["text"]) == r["gold"]
        keys = [(r["parser"], r["split"]), (r["parser"], "all"), (r["parser"], r.get("sample", "random"))]
        for key in keys:
            acc[key][0] += ok
            acc[key][1] += 1
    return acc


def speed() -> tuple[int, float]:
    """Mentions found by all parsers over the whole seed text, and seconds taken."""
    from tests.conftest import SEED_TXT

    text = SEED_TXT.read_text(encoding="utf-8")
    find_names("預熱")
    t = time.perf_counter()
    n = 0
    for para in text.split("\n"):
        n += len(parse_dates(para)) + len(parse_amounts(para)) + len(parse_rates(para))
        n += len(parse_counts(para)) + len(find_names(para))
    return n, time.perf_counter() - t


def term_coverage() -> tuple[int, float, float]:
    """Domain terms found in the seed text: fraction kept as one token by jieba without and with the dictionary."""
    from nlp.normalize.terms import domain_terms, load_tokenizer
    from tests.conftest import SEED_TXT

    lines = [ln for ln in SEED_TXT.read_text(encoding="utf-8").splitlines() if ln.strip()]
    terms = [t for t in domain_terms() if re.search(r"[\u4e00-\u9fff]", t)]
    plain, tuned = load_tokenizer(with_terms=False), load_tokenizer()
    total = kept_plain = kept_tuned = 0
    for t in terms:
        for ln in [ln for ln in lines if t in ln][:20]:
            total += 1
            kept_plain += t in plain.lcut(ln)
            kept_tuned += t in tuned.lcut(ln)
    return total, kept_plain / max(total, 1), kept_tuned / max(total, 1)


def main() -> None:
    rows = load_gold()
    acc = accuracy(rows)
    print("parser    dev             heldout         all             random sample   targeted forms")
    for parser in ("dates", "amounts", "rates", "counts", "names"):
        cells = []
        for split in ("dev", "heldout", "all", "random", "targeted"):
            ok, n = acc.get((parser, split), (0, 0))
            cells.append(f"{ok / n:.3f} ({ok}/{n})" if n else "-")
        print(f"{parser:9} " + "  ".join(f"{c:14}" for c in cells))
    if "-v" in sys.argv:
        for r in rows:
            got = render(r["parser"], r["text"])
            if got != r["gold"]:
                print(f"MISS {r['split']:7} {r['parser']:7} {r['text'][:70]!r}\n     gold={r['gold']} got={got}")
    n, secs = speed()
    print(f"speed: {n} mentions in {secs:.2f} s over the seed text = {n / secs:,.0f} mentions/s")
    total, before, after = term_coverage()
    print(f"jieba: {total} domain-term occurrences in seed lines kept whole: {before:.3f} without, "
          f"{after:.3f} with nlp/data/domain_terms.txt")


if __name__ == "__main__":
    main()
