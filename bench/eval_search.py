"""Search quality on the dev queries (tests/gold/queries.jsonl): nDCG@10, Recall@10, MRR per language.

Builds (once, cached under bench/out/) a store of a fixed dev corpus from ../shared/corpus with the real
e5 embedder, then ranks every query BM25-only, dense-only and hybrid. Tuning queries and held-out
queries are printed separately.

    python bench/eval_search.py [--store bench/out/search_dev] [--rebuild] [--grid]
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("POLICYLENS_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
GOLD = ROOT / "tests" / "gold" / "queries.jsonl"
OUT = ROOT / "bench" / "out"
N_NEWS_EN = 60  # People's Daily articles (first rows of the CSV)
N_WORK_REPORTS = 2  # government work reports (first lines of the JSONL)


def dev_files(out: Path) -> list[Path]:
    """The fixed dev corpus: seed report, laws, FR abstracts, Chinese news, samples of the larger files."""
    files = [CORPUS / "000_3ffe8296a3a1e621.txt"]
    for sub, pat in (("cn_laws", "*.md"), ("fr_abstracts", "*.md"), ("cn_news_tradewar_2019", "*.txt")):
        files += sorted((CORPUS / sub).glob(pat))
    gen = out / "dev_corpus"
    gen.mkdir(parents=True, exist_ok=True)
    csv.field_size_limit(10**8)
    with open(CORPUS / "peoples_daily_en" / "peoplesDailyOutput_tariff.csv", encoding="utf-8") as f:
        for i, row in enumerate(csv.DictReader(f)):
            if i >= N_NEWS_EN:
                break
            p = gen / f"peoples_daily_{i:03d}.txt"
            if not p.exists():
                p.write_text(f"{row['title']}\n{row['date']}\n\n{row['text']}\n", encoding="utf-8")
            files.append(p)
    with open(CORPUS / "cn_gov_work_reports" / "government_work_reports.jsonl", encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i >= N_WORK_REPORTS:
                break
            obj = json.loads(line)
            p = gen / f"work_report_{i}.txt"
            if not p.exists():
                p.write_text(f"{obj['title']}\n\n{obj['content']}\n", encoding="utf-8")
            files.append(p)
    return files


def build_store(path: Path, *, rebuild: bool = False, embedder: str = "e5"):
    """Ingest the dev corpus into ``path`` and embed it (cached: re-running costs nothing)."""
    from nlp.pipeline import embed_store, ingest_paths
    from nlp.store import Store

    if rebuild and path.exists():
        import shutil

        shutil.rmtree(path)
    store = Store(path)
    t = time.time()
    rep = ingest_paths([str(p) for p in dev_files(path.parent)], store, embed=False, progress=True)
    if rep.added:
        print(f"ingested {len(rep.added)} files, {rep.passages} passages in {time.time() - t:.0f}s", file=sys.stderr)
    t = time.time()
    n = embed_store(store, embedder_name=embedder, progress=True)
    if n:
        print(f"embedded {n} passages in {time.time() - t:.0f}s ({n / (time.time() - t):.1f}/s)", file=sys.stderr)
    return store


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", default=str(OUT / "search_dev"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--build-only", action="store_true")
    args = ap.parse_args()
    st = build_store(Path(args.store), rebuild=args.rebuild)
    print(st.count_passages(), "passages", file=sys.stderr)
