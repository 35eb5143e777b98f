"""Dense vectors of a store for search: a float16 matrix cached in the store folder, exact or ANN (usearch) top-k."""
from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np


def _slug(model: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", model)[:60] + "-" + hashlib.sha1(model.encode()).hexdigest()[:6]


class DenseIndex:
    """Passage vectors of one model: ``ids`` and a float16 ``matrix`` (rows L2-normalised).

    ``search`` is exact (one matrix product) up to ``ann_threshold`` rows, else an HNSW index from usearch.
    """

    def __init__(self, ids: list[str], matrix: np.ndarray, *, ann_threshold: int = 100_000, ann_path: Path | None = None,
                 ann_key: str = "", means: np.ndarray | None = None, centring: float = 0.0):
        self.ids = ids
        self.matrix = matrix  # float16, possibly memory-mapped
        self.means = means  # (2, dim) language means the rows were centred by (row 0 other, 1 Chinese), or None
        self.centring = centring
        self.ann_threshold = ann_threshold
        self._exact: np.ndarray | None = None
        self._ann = None
        self._ann_path, self._ann_key = ann_path, ann_key

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def uses_ann(self) -> bool:
        return len(self.ids) > self.ann_threshold

    def _f32(self) -> np.ndarray:
        if self._exact is None:
            self._exact = np.asarray(self.matrix, dtype=np.float32)
        return self._exact

    def scores_of(self, q: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Cosine of query vector ``q`` (or the best over the rows of a query matrix) with the given rows."""
        if not len(rows):
            return np.zeros(0, dtype=np.float32)
        sims = np.asarray(self.matrix[rows], dtype=np.float32) @ np.asarray(q, dtype=np.float32).T
        return sims.max(axis=1) if sims.ndim == 2 else sims

    def search(self, q: np.ndarray, n: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(rows, cosines) of the ``n`` rows nearest to ``q``, best first; ``allowed`` is a boolean row mask."""
        return self.search_best(np.asarray(q, dtype=np.float32)[None, :], n, allowed)

    def search_best(self, qs: np.ndarray, n: int, allowed: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(rows, cosines) of the ``n`` rows nearest to any of the query vectors ``qs`` (one per row), each row
        scored by its best cosine: one matrix product (exact) or one batched ANN search for all of them."""
        qs = np.atleast_2d(np.asarray(qs, dtype=np.float32))
        if not len(self.ids) or n <= 0 or not len(qs):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        if allowed is not None and (not self.uses_ann or allowed.sum() < 0.05 * len(self.ids)):
            rows = np.flatnonzero(allowed)  # a narrow filter: exact over the allowed rows only
            return _top(rows, self.scores_of(qs, rows), n)
        if not self.uses_ann:
            with one_blas_thread():
                sims = (self._f32() @ qs.T).max(axis=1)
            return _top(np.arange(len(self.ids)), sims, n)
        want = n if allowed is None else min(len(self.ids), n * 8)
        res = self.ann().search(qs, want)
        keys = np.atleast_2d(np.asarray(res.keys, dtype=np.int64))
        counts = getattr(res, "counts", None)  # one query gives Matches; several give padded BatchMatches
        counts = np.asarray(counts)[:, None] if counts is not None else keys.shape[1]
        ok = (np.arange(keys.shape[1])[None, :] < counts).ravel()
        keys = keys.ravel()[ok]
        sims = 1.0 - np.atleast_2d(np.asarray(res.distances, dtype=np.float32)).ravel()[ok]
        order = np.lexsort((-sims, keys))  # per row its best cosine first
        keys, sims = keys[order], sims[order]
        first = np.concatenate([[True], keys[1:] != keys[:-1]]) if len(keys) else np.zeros(0, bool)
        keys, sims = keys[first], sims[first]
        if allowed is not None:
            keep = allowed[keys]
            keys, sims = keys[keep], sims[keep]
        return _top(keys, sims, n)

    def centre_queries(self, qs: np.ndarray, chinese: list[bool]) -> np.ndarray:
        """Query vectors centred like the rows: each less ``centring`` x the mean of its text's language."""
        if self.means is None or not self.centring:
            return qs
        return centre_rows(np.array(qs, dtype=np.float32), np.asarray(chinese, bool), self.means, self.centring)

    def ann(self):
        """The usearch HNSW index over the rows (loaded from the store folder or built and saved)."""
        if self._ann is None:
            self._ann = build_or_load_ann(self.matrix, self._ann_path, self._ann_key)
        return self._ann


@lru_cache(maxsize=1)
def _blas_controller():
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


def one_blas_thread():
    """A context in which BLAS runs on one thread. A matrix-vector product is memory-bound, so a second thread
    gains little, while BLAS threads left spinning after it slow the query embedder's OpenMP threads 2-3x."""
    return _blas_controller().limit(limits=1, user_api="blas")


def _top(rows: np.ndarray, sims: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    if len(rows) > n:
        part = np.argpartition(-sims, n - 1)[:n]
        rows, sims = rows[part], sims[part]
    order = np.argsort(-sims, kind="stable")
    return rows[order], sims[order]


# Search breadth of the HNSW graph: on 1M clustered 384-d vectors, recall@10 against exact search is 0.85 at
# 200, 0.96 at 400, 0.98 at 512 (1.4 ms) and no better above - bench/bench_search.py --ann-recall 1000000.
EXPANSION_SEARCH = 512


def build_ann(matrix: np.ndarray, *, connectivity: int = 16, expansion_add: int = 96,
              expansion_search: int = EXPANSION_SEARCH):
    """An HNSW (usearch) cosine index over the rows of ``matrix``, keyed by row number."""
    from usearch.index import Index

    index = Index(ndim=matrix.shape[1], metric="cos", dtype="f16", connectivity=connectivity,
                  expansion_add=expansion_add, expansion_search=expansion_search)
    index.add(np.arange(len(matrix), dtype=np.uint64), np.asarray(matrix, dtype=np.float16))
    return index


def build_or_load_ann(matrix: np.ndarray, path: Path | None, key: str):
    """The ANN index cached at ``path`` when built for ``key``, else a new one (saved there when writable)."""
    from usearch.index import Index

    meta = path.with_suffix(".json") if path else None
    if path and path.exists() and meta.exists() and json.loads(meta.read_text()).get("key") == key:
        index = Index.restore(str(path), view=True)
        index.expansion_search = EXPANSION_SEARCH  # not saved with the index: a restored one would search at 64
        return index
    index = build_ann(matrix)
    if path:
        try:
            index.save(str(path))
            meta.write_text(json.dumps({"key": key}))
        except OSError:
            pass  # read-only store folder
    return index


def load_dense(store, model: str, key: str, *, ann_threshold: int, centring: float = 0.0,
               chinese_of=None) -> DenseIndex:
    """The store's vectors of ``model`` as a DenseIndex, cached as .npy in the store's index folder under ``key``.

    With ``centring`` and ``chinese_of`` (passage ids -> bool array, True for Chinese passages), and reference
    means shipped for ``model`` (models/centring/: the models the centring was measured on), each row is
    centred by its language's mean first (``centre_rows``); the means are kept for centring queries.
    """
    centring = centring if chinese_of is not None else 0.0
    key = f"{key}:{store.count_vectors(model)}" + (f":centred{centring:g}" if centring else "")
    folder = Path(store.index_dir)
    base = folder / f"vectors-{_slug(model)}"
    meta = base.with_suffix(".json")
    kw = dict(ann_threshold=ann_threshold, ann_path=base.with_suffix(".usearch"), ann_key=key, centring=centring)
    try:
        info = json.loads(meta.read_text()) if meta.exists() else {}
        if info.get("key") == key:
            ids = json.loads(base.with_suffix(".ids.json").read_text())
            mat = np.load(base.with_suffix(".npy"), mmap_mode="r")
            means = np.load(base.with_suffix(".means.npy")) if info.get("centred") else None
            return DenseIndex(ids, mat, means=means, **(kw | {"centring": centring if means is not None else 0.0}))
    except (OSError, ValueError, KeyError):
        pass
    ids, mat32 = store.passage_vectors(model)
    means = None
    if centring and len(ids):
        chinese = np.asarray(chinese_of(ids), bool)
        reference = reference_means(model)  # shipped only for a model whose centring was measured
        means = language_means(mat32, chinese, reference) if reference is not None else None
        if means is None:  # any other model's vectors are searched as they are
            kw["centring"] = 0.0
        else:
            mat32 = centre_rows(mat32, chinese, means, centring)
    mat = mat32.astype(np.float16) if len(ids) else np.zeros((0, 1), dtype=np.float16)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        np.save(base.with_suffix(".npy"), mat)
        if means is not None:
            np.save(base.with_suffix(".means.npy"), means)
        base.with_suffix(".ids.json").write_text(json.dumps(ids))
        meta.write_text(json.dumps({"key": key, "model": model, "centred": means is not None}))
    except OSError:
        pass
    return DenseIndex(ids, mat, means=means, **kw)


# Language centring (Libovicky et al. 2020, "On the language neutrality of pre-trained multilingual
# representations"): e5 vectors share a large language-specific component (the mean passage vector has norm
# ~0.9), so a query scores passages of its own language higher whatever they say. Taking part of each
# language's mean off every vector evens that out: bench/eval_search.py, docs/benchmarks.md (## Search).
MIN_LANGUAGE_ROWS = 50  # a language with fewer rows in the store takes the model's reference mean instead
REFERENCE_MEANS = Path(__file__).resolve().parents[1] / "models" / "centring"  # bench/language_means.py writes them


def reference_means(model: str) -> np.ndarray | None:
    """The (2, dim) language means shipped for ``model`` (models/centring/), or None."""
    path = REFERENCE_MEANS / f"{_slug(model)}.npz"
    return np.load(path)["means"] if path.is_file() else None


def language_means(mat: np.ndarray, chinese: np.ndarray, reference: np.ndarray | None = None) -> np.ndarray | None:
    """(2, dim) float32: the mean row of the non-Chinese (row 0) and of the Chinese (row 1) rows of ``mat``.

    A language with fewer than MIN_LANGUAGE_ROWS rows takes its row of ``reference``; None when it has none.
    """
    out = []
    for flag in (False, True):
        rows = chinese == flag
        if rows.sum() >= MIN_LANGUAGE_ROWS:
            out.append(mat[rows].mean(axis=0))
        elif reference is not None and reference.shape[1] == mat.shape[1]:
            out.append(reference[int(flag)])
        else:
            return None
    return np.vstack(out).astype(np.float32)


def centre_rows(mat: np.ndarray, chinese: np.ndarray, means: np.ndarray, share: float, *,
                chunk: int = 65_536) -> np.ndarray:
    """``mat`` (float32, changed in place) with each row less ``share`` x its language's mean, renormalised;
    all-zero rows (contexts not embedded yet) stay zero."""
    idx = np.asarray(chinese, bool).astype(np.int64)
    for i in range(0, len(mat), chunk):
        block = mat[i:i + chunk]
        live = np.abs(block).sum(axis=1) > 0
        block -= share * means[idx[i:i + chunk]] * live[:, None]
        norms = np.linalg.norm(block, axis=1, keepdims=True)
        block /= np.where(norms > 0, norms, 1.0)
    return mat
