"""Search quality on the dev queries (tests/gold/queries.jsonl): nDCG@10, Recall@10, MRR per language.

Builds (once, cached under bench/out/) a store of a fixed dev corpus from ../shared/corpus with the real
e5 embedder, then ranks every query BM25-only, dense-only and hybrid. Tuning queries, held-out queries
and "unseen" queries (written by someone who had not seen the system, judged after the ranking was
frozen, never used for any choice) are printed separately; then hybrid's nDCG@10 with a 95% bootstrap
interval and its paired wins over each side, for the tuning queries and for all others pooled.

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
N_NEWS_EN = 20  # People's Daily articles (the first ones under 6,000 characters)
MAX_NEWS_CHARS = 6000
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
        kept = 0
        for i, row in enumerate(csv.DictReader(f)):
            if kept >= N_NEWS_EN:
                break
            if len(row["text"]) > MAX_NEWS_CHARS:
                continue
            kept += 1
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


def build_store(path: Path, *, rebuild: bool = False, embedder: str = "e5", embed: bool = True):
    """Ingest the dev corpus into ``path`` and embed it (cached: re-running costs nothing)."""
    from nlp.pipeline import embed_store, ingest_paths
    from nlp.store import Store

    store = Store(path)
    files = [str(p) for p in dev_files(path.parent)]
    if rebuild:  # a reader or segmenter changed: drop what is no longer in the dev corpus, re-read the rest
        for d in store.documents():
            if d["path"] not in files:
                store.remove_document(d["doc_id"])
    t = time.time()
    # --rebuild re-cuts every file in place (ingest --reprocess): unchanged passage texts keep their vectors
    rep = ingest_paths(files, store, embed=False, progress=True, reprocess=rebuild)
    if rep.added:
        print(f"ingested {len(rep.added)} files, {rep.passages} passages in {time.time() - t:.0f}s", file=sys.stderr)
    t = time.time()
    n = embed_store(store, embedder_name=embedder, progress=True) if embed else 0
    if n:
        print(f"embedded {n} passages in {time.time() - t:.0f}s ({n / (time.time() - t):.1f}/s)", file=sys.stderr)
    return store


def _passages_holding(match: str, passages) -> list[str]:
    """Passages that hold a judged span: the whole of it, else (when segmentation cut the span across a
    passage boundary) each passage holding one of its sentence pieces of 8+ characters."""
    import re

    whole = [pid for pid, text in passages if match in text]
    if whole:
        return whole
    pieces = [x for x in re.split(r"(?<=[。！？；])", match) if len(x) >= 8]
    return [pid for pid, text in passages if any(x in text for x in pieces)]


def passages_by_file(store) -> dict[str, list[tuple[str, str]]]:
    """File name -> (passage id, text without whitespace) of its passages: what gold spans are matched against."""
    import re

    names = {d["doc_id"]: Path(d["path"]).name for d in store.documents()}
    out: dict[str, list[tuple[str, str]]] = {}
    for p in store.passages():
        out.setdefault(names[p.doc_id], []).append((p.passage_id, re.sub(r"\s+", "", p.text)))
    return out


def ranker(store, mode: str, params=None):
    """The Searcher of one evaluated mode: "bm25" (the lexical side alone), "dense" (the dense side alone) or
    "hybrid", with ``params`` (default FusionParams) for everything else."""
    from dataclasses import replace

    from nlp.search import FusionParams, Searcher

    base = params or FusionParams()
    weight = {"bm25": 1.0, "dense": 0.0}.get(mode, base.lexical_weight)
    s = Searcher(store, embedder_name="e5", params=replace(base, lexical_weight=weight))
    if mode == "bm25":
        s._dense = False  # lexical only
    return s


def load_gold(store) -> list[dict]:
    """Gold queries with their judgments resolved to passage ids: (file name, substring) -> passages holding it.

    ``judged`` entries (grades 0/1/2 from pooled judging on current passages, bench/judge_search.py) are
    authoritative; ``rel`` keeps the passages graded 1 or 2, ``judged_ids`` every judged passage. A legacy
    ``relevant`` list (positive grades only) is read where no judgment covers a passage.
    """
    by_file = passages_by_file(store)
    out = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        q = json.loads(line)
        rel: dict[str, int] = {}
        for r in q.get("relevant", ()):
            for pid in _passages_holding(r["match"], by_file.get(r["file"], ())):
                rel[pid] = max(rel.get(pid, 0), r["grade"])
        judged: dict[str, tuple[int, int]] = {}  # passage -> (round, grade): a later round's judgment wins
        for r in q.get("judged", ()):
            for pid in _passages_holding(r["match"], by_file.get(r["file"], ())):
                key = (r.get("round", 0), r["grade"])
                judged[pid] = max(judged.get(pid, key), key)
        judged = {pid: g for pid, (_, g) in judged.items()}
        rel.update(judged)
        q["rel"] = {pid: g for pid, g in rel.items() if g > 0}
        q["judged_ids"] = set(judged)
        out.append(q)
    return out


def metrics(ranked: list[str], rel: dict[str, int], k: int = 10) -> tuple[float, float, float]:
    """nDCG@k (graded), Recall@k (of passages graded 2, else of all relevant) and MRR (first relevant)."""
    dcg = sum((2 ** rel.get(pid, 0) - 1) / math.log2(i + 2) for i, pid in enumerate(ranked[:k]))
    ideal = sorted(rel.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    target = {p for p, g in rel.items() if g == 2} or set(rel)
    recall = len(target & set(ranked[:k])) / min(len(target), k) if target else 0.0
    mrr = next((1 / (i + 1) for i, pid in enumerate(ranked) if rel.get(pid, 0) > 0), 0.0)
    return (dcg / idcg if idcg else 0.0), recall, mrr


def evaluate(store, gold: list[dict], params=None, modes=("bm25", "dense", "hybrid"), per_query: dict | None = None) -> dict:
    """{(mode, split, lang): (nDCG@10, Recall@10, MRR, n)} over the gold queries; ``per_query`` (when given)
    receives {(mode, query id): nDCG@10}."""
    res: dict = {}
    for mode in modes:
        s = ranker(store, mode, params)
        for q in gold:
            if not q["rel"]:  # nothing in the dev corpus answers it: no ranking can score (TREC drops such topics)
                continue
            ranked = [h.passage_id for h in s.search(q["query"], k=10)]
            m = metrics(ranked, q["rel"])
            if per_query is not None:
                per_query[(mode, q["id"])] = m[0]
            for key in ((mode, q["split"], q["lang"]), (mode, q["split"], "all")):
                res.setdefault(key, []).append(m)
    return {k: tuple(sum(x[i] for x in v) / len(v) for i in range(3)) + (len(v),) for k, v in res.items()}


def print_intervals(per_query: dict, gold: list[dict], *, samples: int = 10_000, seed: int = 0) -> None:
    """Hybrid nDCG@10 with a 95% bootstrap interval (queries resampled), and how often the resampled mean of
    hybrid beats BM25-only's and dense-only's on the same queries (paired), per language for the tuning
    queries and for all the others pooled (held out and the blind sets: nothing was tuned on them)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    print("hybrid nDCG@10, 95% interval over queries; share of paired resamples where hybrid beats BM25 / dense")
    for group, keep in (("tune", lambda q: q["split"] == "tune"), ("not tuned", lambda q: q["split"] != "tune")):
        for lang in ("en", "zh"):
            ids = [q["id"] for q in gold if q["rel"] and keep(q) and q["lang"] == lang]
            h, b, d = (np.array([per_query[(m, i)] for i in ids]) for m in ("hybrid", "bm25", "dense"))
            idx = rng.integers(0, len(ids), size=(samples, len(ids)))
            means = h[idx].mean(axis=1)
            lo, hi = np.percentile(means, [2.5, 97.5])
            print(f"  {group:9} {lang} n={len(ids):2}  {h.mean():.3f} [{lo:.3f}, {hi:.3f}]  "
                  f"> BM25 {np.mean(means > b[idx].mean(axis=1)):.3f}  > dense {np.mean(means > d[idx].mean(axis=1)):.3f}")


def print_table(res: dict) -> None:
    print(f"{'split':8} {'lang':4} {'n':>3}  " + "  ".join(f"{m:>22}" for m in ("bm25 nDCG/R/MRR", "dense nDCG/R/MRR", "hybrid nDCG/R/MRR")))
    for split in ("tune", "heldout", "unseen", "unseen2", "unseen3", "unseen4"):  # unseen*: written blind, judged after a ranking freeze
        for lang in ("en", "zh", "all"):
            row = [res.get((m, split, lang)) for m in ("bm25", "dense", "hybrid")]
            if row[0] is None:
                continue
            cells = "  ".join(f"{r[0]:.3f} / {r[1]:.3f} / {r[2]:.3f}".rjust(22) for r in row)
            print(f"{split:8} {lang:4} {row[0][3]:>3}  {cells}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", default=str(OUT / "search_dev"))
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--build-only", action="store_true")
    ap.add_argument("--grid", action="store_true", help="grid-search the fusion knobs on the tuning split")
    ap.add_argument("--skip-embed", action="store_true",
                    help="do not finish embedding; evaluate on the documents whose passages all have vectors")
    args = ap.parse_args()
    st = build_store(Path(args.store), rebuild=args.rebuild, embed=not args.skip_embed)
    if args.build_only:
        sys.exit(0)
    from nlp.embed import E5Embedder

    partial = {h for h, _ in st.missing_vectors(E5Embedder.name)}
    if partial:  # a document half embedded would handicap the dense side unfairly: leave it out this run
        from nlp.store import text_hash

        dropped = sorted({p.doc_id for p in st.passages() if text_hash(p.text) in partial})
        for d in dropped:
            st.remove_document(d)
        print(f"note: {len(dropped)} documents not fully embedded were left out (re-run without --skip-embed)", file=sys.stderr)
    gold = load_gold(st)
    unresolved = [q["id"] for q in gold if q.get("judged") and not q["judged_ids"]]
    if unresolved:
        print(f"warning: no judged passage of {', '.join(unresolved)} is in the store (rebuilt corpus?)", file=sys.stderr)
    print(f"dev corpus: {st.count_passages()} passages; {len(gold)} queries "
          f"({sum(q['split'] != 'tune' for q in gold)} held out from tuning)")
    empty = [q["id"] for q in gold if not q["rel"]]
    if empty:
        print(f"not scored (no relevant passage in the dev corpus): {', '.join(empty)}")
    if args.grid:
        from nlp.search import FusionParams

        tune = [q for q in gold if q["split"] == "tune"]
        knobs = {"lexical_weight": (0.3, 0.4, 0.5, 0.6), "lexical_weight_zh": (None, 0.4, 0.5, 0.6, 0.7),
                 "neighbor_weight": (0.0, 0.1, 0.2, 0.3, 0.4, 0.5), "context_dense": (0.0, 0.1, 0.2, 0.3, 0.4),
                 "context_lexical": (0.0, 0.1, 0.2, 0.3, 0.4), "term_coverage": (0.0, 0.5, 1.0),
                 "dense_floor_rank": (50, 100, 200), "lexical_floor": (0.0, 0.5, 0.7, 0.85, 1.0),
                 "lexical_absolute": (0.0, 0.1, 0.2, 0.3, 0.5, 0.7)}
        best = {k: getattr(FusionParams(), k) for k in knobs}  # from the current defaults

        def tune_score(kw: dict) -> float:  # mean nDCG@10 of the two languages on the tuning split
            r = evaluate(st, tune, FusionParams(**kw), modes=("hybrid",))
            return (r[("hybrid", "tune", "en")][0] + r[("hybrid", "tune", "zh")][0]) / 2

        score = tune_score(best)
        print(f"start {best}: {score:.3f}", flush=True)
        for sweep in range(2):  # coordinate search: one knob at a time, twice over
            for k, values in knobs.items():
                for v in values:
                    kw = dict(best, **{k: v})
                    if kw == best:
                        continue
                    sc = tune_score(kw)
                    if sc > score + 1e-4:
                        best, score = kw, sc
                        print(f"  {k}={v}: {sc:.3f} (kept)", flush=True)
        print(f"best on the tuning split: {best}: {score:.3f}")
        sys.exit(0)
    t = time.time()
    per_query: dict = {}
    print_table(evaluate(st, gold, per_query=per_query))
    print_intervals(per_query, gold)
    print(f"({time.time() - t:.1f}s)", file=sys.stderr)
