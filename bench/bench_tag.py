"""Theme tagging speed on a 1,000-item news batch: embedding vs the tagging work on top of it.

    python bench/bench_tag.py [--n 1000] [--embedder e5]

Items are real news from the shared corpus (TNEWS headlines, Weibo posts, People's Daily articles). Prints the
time to embed the batch's passages, the time to score and aggregate them (cues, similarities, calibration,
supervised model), lexical-only tagging, and the overhead as a fraction of embedding.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp.tag import load_tagger, split_for_tagging  # noqa: E402
from nlp.tagfeatures import top_k_mean  # noqa: E402

CORPUS = Path(os.environ.get("POLICYLENS_SHARED", ROOT.parent / "shared")) / "corpus"


def news_items(n: int) -> list[tuple[str, str]]:
    """About 60% TNEWS headlines, 15% Weibo posts, 25% People's Daily articles (title + text)."""
    tnews = [json.loads(line) for line in (CORPUS / "cn_news_tnews" / "train_few_all.json").open(encoding="utf-8")]
    weibo = [r for f in sorted((CORPUS / "weibo_tradewar").glob("*.json"))
             for r in json.loads(f.read_text(encoding="utf-8"))["result"]]
    pd_rows = list(csv.DictReader((CORPUS / "peoples_daily_en" / "peoplesDailyOutput_tariff.csv").open(encoding="utf-8")))
    items = [(f"pd-{r['']}", f"{r['title']}\n{r['text']}") for r in pd_rows[: n // 4]]
    items += [(f"wb-{r['id']}", r["text"]) for r in weibo[: n * 15 // 100]]
    items += [(f"tn-{r['id']}", r["sentence"]) for r in tnews[: n - len(items)]]
    return items[:n]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--embedder", default="e5")
    args = ap.parse_args()
    items = news_items(args.n)
    tagger = load_tagger(None, embedder_name=args.embedder)
    chunks, owner = [], []
    for i, (_, text) in enumerate(items):
        for c in split_for_tagging(text) or [""]:
            chunks.append(c)
            owner.append(i)
    owner_arr = np.asarray(owner)
    tagger.passage_proba(chunks[:8], tagger.embed(chunks[:8]))  # warm up: model load, prototypes

    t0 = time.perf_counter()
    vecs = tagger.embed(chunks)
    t_embed = time.perf_counter() - t0

    t0 = time.perf_counter()
    probs = tagger.passage_proba(chunks, vecs)
    results = [tagger.result(iid, top_k_mean(probs[owner_arr == n])) for n, (iid, _) in enumerate(items)]
    t_tag = time.perf_counter() - t0

    lexical = load_tagger(None, embedder_name="hash-lexical")
    t0 = time.perf_counter()
    lexical.tag_many(items)
    t_lex = time.perf_counter() - t0

    assigned = sum(1 for r in results if r.assigned)
    print(f"batch: {len(items)} news items, {len(chunks)} passages, {sum(map(len, chunks)):,} chars; "
          f"embedder {tagger.embedder.name if tagger.embedder else 'none'}; "
          f"supervised model {'yes' if tagger.supervised is not None else 'no'}")
    print(f"  embedding passages        {t_embed:8.2f} s  ({len(chunks) / t_embed:7.1f} passages/s)")
    print(f"  tagging on top (scoring)  {t_tag:8.2f} s  ({len(items) / t_tag:7.1f} items/s)  "
          f"= {t_tag / t_embed:.1%} of embedding")
    print(f"  lexical-only tagging      {t_lex:8.2f} s  ({len(items) / t_lex:7.1f} items/s)")
    print(f"  items with a theme assigned: {assigned}/{len(items)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
