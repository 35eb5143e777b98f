"""Search speed: query latency p50/p95 of each stage at 10k / 100k (/ 1M with --big) passages, index build
time and memory, ANN recall@10 against exact, and embedding throughput against the raw model.

Synthetic data (clustered unit vectors, Zipf-distributed tokens) stand in for a large corpus; the embedding
figures use real passages of the seed report.

    python bench/bench_search.py [--big] [--sizes 10000,100000] [--queries 200]
    python bench/bench_search.py --e2e-sizes 10000,100000,1000000   # whole queries over tiled dev stores
    python bench/bench_search.py --ann-recall 1000000               # HNSW recall per search breadth
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("POLICYLENS_SHARED", ROOT.parent / "shared"))
DIM = 384


def clustered_vectors(n: int, rng: np.random.Generator, n_clusters: int = 2000) -> np.ndarray:
    """Unit vectors around random centroids (real embeddings cluster by topic; pure noise is unrealistic)."""
    cent = rng.standard_normal((n_clusters, DIM)).astype(np.float32)
    out = np.empty((n, DIM), dtype=np.float16)
    for i in range(0, n, 100_000):
        m = min(100_000, n - i)
        v = cent[rng.integers(0, n_clusters, m)] + 0.6 * rng.standard_normal((m, DIM)).astype(np.float32)
        out[i : i + m] = v / np.linalg.norm(v, axis=1, keepdims=True)
    return out


def synthetic_tokens(n: int, rng: np.random.Generator, vocab: int = 50_000, length: int = 80) -> list[list[str]]:
    ranks = np.minimum(rng.zipf(1.2, size=(n, length)), vocab)
    return [[f"t{r}" for r in row] for row in ranks]


def pct(xs: list[float]) -> tuple[float, float]:
    a = np.array(xs) * 1000
    return float(np.percentile(a, 50)), float(np.percentile(a, 95))


def bench_size(n: int, n_queries: int, rng: np.random.Generator) -> None:
    from nlp.ann import DenseIndex, build_ann
    from nlp.bm25 import BM25Index

    t = time.time()
    tokens = synthetic_tokens(n, rng)
    bm25 = BM25Index.from_tokens([str(i) for i in range(n)], tokens, np.zeros(n, bool))
    t_bm25 = time.time() - t
    del tokens
    qterms = [{f"t{int(r)}": 1.0 for r in rng.zipf(1.2, 4)} for _ in range(n_queries)]
    lat_bm25 = []
    for q in qterms:
        t = time.time()
        s = bm25.scores(q)
        np.argpartition(-s, 100)[:100]
        lat_bm25.append(time.time() - t)
    mat = clustered_vectors(n, rng)
    queries = mat[rng.integers(0, n, n_queries)].astype(np.float32) + 0.05 * rng.standard_normal((n_queries, DIM)).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    exact = DenseIndex([str(i) for i in range(n)], mat, ann_threshold=10**12)
    exact._f32()
    lat_exact, truth = [], []
    for q in queries:
        t = time.time()
        rows, _ = exact.search(q, 100)
        lat_exact.append(time.time() - t)
        truth.append(set(rows[:10].tolist()))
    del exact
    t = time.time()
    ann_index = build_ann(mat)
    t_ann = time.time() - t
    ann = DenseIndex([str(i) for i in range(n)], mat, ann_threshold=0)
    ann._ann = ann_index
    lat_ann, recall = [], []
    for q, tr in zip(queries, truth):
        t = time.time()
        rows, _ = ann.search(q, 100)
        lat_ann.append(time.time() - t)
        recall.append(len(tr & set(rows[:10].tolist())) / 10)
    mb = lambda b: b / 2**20  # noqa: E731
    bm25_bytes = bm25.data.nbytes + bm25.indices.nbytes + bm25.indptr.nbytes
    print(f"| {n:,} | {t_bm25:.1f} s / {mb(bm25_bytes):.0f} MB | {pct(lat_bm25)[0]:.1f} / {pct(lat_bm25)[1]:.1f} "
          f"| {mb(mat.nbytes):.0f} MB f16 | {pct(lat_exact)[0]:.1f} / {pct(lat_exact)[1]:.1f} "
          f"| {t_ann:.1f} s / {mb(ann_index.memory_usage):.0f} MB | {pct(lat_ann)[0]:.2f} / {pct(lat_ann)[1]:.2f} "
          f"| {np.mean(recall):.3f} |", flush=True)


def bench_embedding(n: int = 96) -> None:
    """Passages/s of the raw e5 model vs. embed_store (hashing, batching, SQLite writes) on the same texts."""
    import tempfile

    from nlp.embed import load_embedder
    from nlp.pipeline import embed_store, parse_file
    from nlp.store import Store

    parsed = parse_file(SHARED / "corpus" / "000_3ffe8296a3a1e621.txt")
    emb = load_embedder("e5")
    texts = [p.text for p in parsed.passages[100 : 100 + n]]
    emb.embed_passages(texts[:8])  # warm up
    t = time.time()
    for i in range(0, n, 32):
        emb.embed_passages(texts[i : i + 32])
    raw = n / (time.time() - t)
    with tempfile.TemporaryDirectory() as d:
        st = Store(d)
        doc = parsed.doc
        st.add_document(doc, parsed.passages[100 : 100 + n])
        t = time.time()
        done = embed_store(st, embedder_name="e5", progress=False)
        ours = done / (time.time() - t)
        st.close()
    print(f"embedding ({n} seed-report passages, e5-small-q4): raw model {raw:.1f} passages/s, "
          f"embed_store {ours:.1f} passages/s, overhead {100 * (1 - ours / raw):.1f}%")


def bench_end_to_end(store_path: Path) -> None:
    """Whole-query latency of Searcher.search (query embeddings, BM25, dense, fusion, snippets) on the dev store."""
    import json

    from nlp.search import Searcher
    from nlp.store import Store

    if not (store_path / "policylens.sqlite").exists():
        print(f"(no dev store at {store_path}: run bench/eval_search.py first for the end-to-end figure)")
        return
    st = Store(store_path, read_only=True)
    queries = [json.loads(line)["query"] for line in (ROOT / "tests/gold/queries.jsonl").read_text(encoding="utf-8").splitlines()]
    s = Searcher(st, embedder_name="e5")
    t = time.time()
    s.search(queries[0], k=10)  # loads the model, the BM25 cache and the vectors
    first = time.time() - t
    lat = []
    for q in queries:
        t = time.time()
        s.search(q, k=10)
        lat.append(time.time() - t)
    p50, p95 = pct(lat)
    print(f"end to end on the dev store ({st.count_passages()} passages, e5, {len(queries)} queries): "
          f"first query {first:.2f} s (loading), then p50 {p50:.0f} ms / p95 {p95:.0f} ms")


def bench_ann_recall(n: int, rng: np.random.Generator, n_queries: int = 100) -> None:
    """HNSW recall@10 against exact search and latency for several search breadths, on ``n`` clustered vectors."""
    from nlp.ann import EXPANSION_SEARCH, build_ann

    mat = clustered_vectors(n, rng)
    q = mat[rng.integers(0, n, n_queries)].astype(np.float32) + 0.05 * rng.standard_normal((n_queries, DIM)).astype(np.float32)
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    t = time.time()
    index = build_ann(mat)
    print(f"HNSW over {n:,} vectors: built in {time.time() - t:.0f} s, {index.memory_usage / 2**20:.0f} MB")
    m32 = mat.astype(np.float32)
    truth = [set(np.argpartition(-(m32 @ v), 10)[:10].tolist()) for v in q]
    del m32
    print("| expansion_search | recall@10 | p50 ms |\n|---|---|---|")
    for ef in sorted({200, 400, EXPANSION_SEARCH, 800, 1600}):
        index.expansion_search = ef
        rec, lat = [], []
        for v, tr in zip(q, truth):
            t = time.time()
            keys = np.asarray(index.search(v, 100).keys)[:10]
            lat.append(time.time() - t)
            rec.append(len(tr & set(keys.tolist())) / 10)
        mark = " (default)" if ef == EXPANSION_SEARCH else ""
        print(f"| {ef}{mark} | {np.mean(rec):.3f} | {pct(lat)[0]:.2f} |", flush=True)


class _TiledStore:
    """Just what Searcher reads to answer a query, over ``n`` synthetic passages that copy the dev store's."""

    def __init__(self, real: dict, n_real: int, titles: list[dict]):
        self.real, self.n_real, self.titles = real, n_real, titles

    def get_passages(self, ids):
        from dataclasses import replace

        out = {}
        for i in ids:  # "<doc>~<copy>-<seq>" is copy <copy> of passage "<doc>-<seq>"
            doc, _, seq = i.rpartition("-")
            out[i] = replace(self.real[f"{doc.rpartition('~')[0]}-{seq}"], passage_id=i)
        return out

    def documents(self):
        return self.titles


def tiled_searcher(store_path: Path, n: int, rng: np.random.Generator):
    """A Searcher over ``n`` passages made by tiling the dev store: its BM25 postings repeated (scores jittered
    +-20%) and its e5 vectors repeated with noise, so real queries meet postings and clusters of realistic size."""
    from nlp.ann import DenseIndex, build_or_load_ann, centre_rows, language_means, reference_means
    from nlp.context import ContextIndex
    from nlp.embed import E5Embedder
    from nlp.bm25 import load_bm25
    from nlp.search import FusionParams, Searcher
    from nlp.store import Store

    st = Store(store_path, read_only=True)
    real = load_bm25(st)
    m = len(real)
    reps = -(-n // m)
    split = [pid.rpartition("-") for pid in real.ids]
    ids = [f"{doc}~{c}-{seq}" for c in range(reps) for doc, _, seq in split][:n]  # neighbours stay neighbours
    bm25 = _tile_bm25(real, reps, n, ids, rng)
    vid, vec = st.passage_vectors(E5Embedder.name)
    pos = {pid: i for i, pid in enumerate(real.ids)}
    base = np.zeros((m, DIM), np.float32)
    base[[pos[i] for i in vid]] = vec
    centring = FusionParams().language_centring  # centred like a real store's index (load_dense)
    means = language_means(base, real.cjk, reference_means(E5Embedder.name))
    base = centre_rows(base, real.cjk, means, centring)
    mat = np.empty((n, DIM), dtype=np.float16)
    for i in range(0, n, 100_000):
        rows = np.arange(i, min(n, i + 100_000))
        v = base[rows % m] + 0.02 * rng.standard_normal((len(rows), DIM)).astype(np.float32)
        mat[rows] = v / np.linalg.norm(v, axis=1, keepdims=True)
    t = time.time()
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    ann = build_or_load_ann(mat, out / f"tiled-{n}.usearch", f"tiled:{n}:{m}:0.02:centred{centring:g}") if n > 100_000 else None
    t_ann = time.time() - t
    dense = DenseIndex(ids, mat, ann_threshold=100_000, means=means, centring=centring)
    dense._ann = ann
    passages = st.get_passages(real.ids)
    s = Searcher(_TiledStore(passages, m, st.documents()), embedder_name="e5")
    s._bm25, s._pos = bm25, None
    s._dense, s._dense_pos = dense, np.arange(n, dtype=np.int64)
    # section contexts: each copy of a document has its own (a 1M store has ~300k distinct sections)
    ctx = ContextIndex.build(st, real.ids, E5Embedder.name)
    k = len(ctx.texts)
    of = np.concatenate([np.where(ctx.of >= 0, ctx.of + c * k, -1) for c in range(reps)])[:n]
    ctx.centre(means, centring, real.cjk)
    vec = np.tile(ctx.vectors, (reps, 1)) + 0.02 * rng.standard_normal((k * reps, ctx.vectors.shape[1])).astype(np.float32)
    s._context = ContextIndex(of, ctx.texts * reps, _tile_bm25(ctx.bm25, reps, k * reps, [str(i) for i in range(k * reps)], rng),
                              vec / np.linalg.norm(vec, axis=1, keepdims=True))
    return s, t_ann


def _tile_bm25(real, reps: int, n: int, ids: list[str], rng: np.random.Generator):
    """``real`` repeated ``reps`` times and cut to ``n`` columns, its scores jittered +-20% (no ties between copies)."""
    import scipy.sparse as sp

    from nlp.bm25 import BM25Index

    m = len(real)
    # the index is a term x passage CSR matrix: copy c of passage j becomes column c*m + j
    one = sp.csr_matrix((real.data, real.indices, real.indptr), shape=(len(real.indptr) - 1, m))
    tiled = sp.hstack([one] * reps, format="csr")[:, :n]
    tiled.sort_indices()
    tiled.data *= rng.uniform(0.8, 1.2, len(tiled.data)).astype(np.float32)
    return BM25Index(ids, real.vocab, tiled.data.astype(np.float32), tiled.indices.astype(np.int32),
                     tiled.indptr.astype(np.int64), np.tile(real.cjk, reps)[:n])


def bench_end_to_end_big(sizes: list[int], rng: np.random.Generator) -> None:
    """Whole-query latency of Searcher.search at ``sizes`` passages tiled from the dev store (real queries)."""
    import json

    store_path = ROOT / "bench" / "out" / "search_dev"
    if not (store_path / "policylens.sqlite").exists():
        print(f"(no dev store at {store_path}: run bench/eval_search.py first for the end-to-end figures)")
        return
    queries = [json.loads(line)["query"] for line in (ROOT / "tests/gold/queries.jsonl").read_text(encoding="utf-8").splitlines()]
    print(f"| passages | dense | ANN build or load | first query | p50 / p95 ms ({len(queries)} dev queries x 2) |")
    print("|---|---|---|---|---|")
    for n in sizes:
        s, t_ann = tiled_searcher(store_path, n, rng)
        t = time.time()
        s.search(queries[0], k=10)
        first = time.time() - t
        lat = []
        for q in queries * 2:
            t = time.time()
            s.search(q, k=10)
            lat.append(time.time() - t)
        p50, p95 = pct(lat)
        print(f"| {n:,} | {'ANN' if s.dense.uses_ann else 'exact'} | {t_ann:.1f} s | {first:.2f} s | {p50:.0f} / {p95:.0f} |", flush=True)
        del s


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--big", action="store_true", help="also 1,000,000 passages (minutes, ~3 GB RAM)")
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--no-embedding", action="store_true")
    ap.add_argument("--e2e-only", action="store_true", help="only the end-to-end latency on the dev store")
    ap.add_argument("--e2e-sizes", default="", help="whole-query latency at these sizes, tiled from the dev store"
                    " (e.g. 10000,100000,1000000; 1M needs ~6 GB RAM and builds an HNSW index once, minutes)")
    ap.add_argument("--ann-recall", type=int, default=0, metavar="N",
                    help="HNSW recall@10 and latency per search breadth on N clustered vectors (1M: ~5 min, ~3 GB)")
    args = ap.parse_args()
    if args.ann_recall:
        bench_ann_recall(args.ann_recall, np.random.default_rng(0))
        sys.exit(0)
    if args.e2e_sizes:
        bench_end_to_end_big([int(x) for x in args.e2e_sizes.split(",")], np.random.default_rng(0))
        sys.exit(0)
    if args.e2e_only:
        bench_end_to_end(ROOT / "bench" / "out" / "search_dev")
        sys.exit(0)
    sizes = [int(s) for s in args.sizes.split(",")] + ([1_000_000] if args.big else [])
    print("| passages | BM25 build / size | BM25 query p50 / p95 ms | vectors | exact p50 / p95 ms "
          "| ANN build / memory | ANN p50 / p95 ms | ANN recall@10 |")
    print("|---|---|---|---|---|---|---|---|")
    rng = np.random.default_rng(0)
    for n in sizes:
        bench_size(n, args.queries, rng)
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    if not args.no_embedding:
        bench_embedding()
    bench_end_to_end(ROOT / "bench" / "out" / "search_dev")
