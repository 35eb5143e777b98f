"""BM25 over a store's passages: a term x passage matrix of precomputed scores (built with bm25s), cached in
the store's index folder and rebuilt only when its passages, the tokenizer or the BM25 parameters change.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .lexical import expansion_phrases, is_cjk, is_quantity, query_tokens, tokenize, tokenizer_key

# BM25 saturation and length normalisation. Lower than the usual 1.2/0.75: passages are short (p50 ~340
# characters) and a Chinese word also counts through its bigrams, so repeats saturate early; tuned on the
# dev queries' tuning split (bench/eval_search.py), both languages gained.
BM25_K1, BM25_B = 0.7, 0.4


@dataclass
class BM25Index:
    """BM25 over tokenized passages: a CSC term x passage matrix of precomputed scores (via bm25s)."""

    ids: list[str]
    vocab: dict[str, int]
    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    cjk: np.ndarray  # bool per passage: mainly Chinese text (lexical scores are normalised per language)
    k1: float = BM25_K1
    b: float = BM25_B

    @classmethod
    def build(cls, ids: list[str], texts: list[str], *, k1: float = BM25_K1, b: float = BM25_B) -> "BM25Index":
        """Tokenize ``texts`` and index them under ``ids``."""
        tokens = [tokenize(t) or ["~"] for t in texts]
        cjk = np.fromiter((is_cjk(t) for t in texts), bool, len(texts))
        return cls.from_tokens(ids, tokens, cjk, k1=k1, b=b)

    @classmethod
    def from_tokens(cls, ids: list[str], tokens: list[list[str]], cjk: np.ndarray, *, k1: float = BM25_K1,
                    b: float = BM25_B) -> "BM25Index":
        """Index already tokenized passages (``cjk`` marks the Chinese ones)."""
        import bm25s

        model = bm25s.BM25(k1=k1, b=b)
        model.index(tokens, show_progress=False)
        s = model.scores
        return cls(list(ids), dict(model.vocab_dict), np.asarray(s["data"]), np.asarray(s["indices"]), np.asarray(s["indptr"]), cjk,
                   k1=k1, b=b)

    def __len__(self) -> int:
        return len(self.ids)

    def scores(self, terms: dict[str, float]) -> np.ndarray:
        """BM25 score of every passage for weighted query terms (float32, one per passage)."""
        out = np.zeros(len(self.ids), dtype=np.float32)
        for t, w in terms.items():
            j = self.vocab.get(t)
            if j is None:
                continue
            lo, hi = self.indptr[j], self.indptr[j + 1]
            out[self.indices[lo:hi]] += w * self.data[lo:hi]
        return out

    def matched(self, terms: dict[str, float], pos: np.ndarray, cjk: bool) -> np.ndarray:
        """Per passage position in ``pos``: the weighted share of the query terms that occur in it, counting
        only terms that occur somewhere in passages of that language (``cjk``: Chinese ones), so a Chinese
        passage is measured against the query's Chinese side and an English one against its English side."""
        hit = np.zeros(len(pos), dtype=np.float32)
        total = 0.0
        for t, w in terms.items():
            j = self.vocab.get(t)
            if j is None:
                continue
            post = self.indices[self.indptr[j] : self.indptr[j + 1]]  # sorted passage positions
            if not len(post) or not (self.cjk[post] == cjk).any():
                continue
            total += w
            at = np.minimum(np.searchsorted(post, pos), len(post) - 1)
            hit += w * (post[at] == pos)
        return hit / total if total else hit

    def idf(self, term: str) -> float:
        """The term's BM25 (Lucene) idf; 0 for a term no passage holds."""
        j = self.vocab.get(term)
        df = 0 if j is None else int(self.indptr[j + 1] - self.indptr[j])
        return math.log(1 + (len(self.ids) - df + 0.5) / (df + 0.5)) if df else 0.0

    def coverage(self, terms: dict[str, float]) -> float:
        """Weighted fraction of the query's terms that occur anywhere in the index."""
        total = sum(terms.values())
        if not total:
            return 0.0
        hit = sum(w for t, w in terms.items() if t in self.vocab and self.indptr[self.vocab[t] + 1] > self.indptr[self.vocab[t]])
        return hit / total

    def save(self, folder: Path, key: str) -> None:
        """Write the index into ``folder`` (replacing any), tagged with ``key``."""
        folder.mkdir(parents=True, exist_ok=True)
        np.save(folder / "data.npy", self.data)
        np.save(folder / "indices.npy", self.indices)
        np.save(folder / "indptr.npy", self.indptr)
        np.save(folder / "cjk.npy", self.cjk)
        (folder / "vocab.json").write_text(json.dumps(self.vocab, ensure_ascii=False), encoding="utf-8")
        (folder / "ids.json").write_text(json.dumps(self.ids), encoding="utf-8")
        # The key goes last: a half-written index never matches.
        params = {"key": key, "tokenizer": tokenizer_key(), "k1": self.k1, "b": self.b}
        (folder / "params.json").write_text(json.dumps(params), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, key: str) -> "BM25Index | None":
        """The cached index in ``folder`` if it was built for ``key``, else None."""
        try:
            params = json.loads((folder / "params.json").read_text(encoding="utf-8"))
            if (params.get("key"), params.get("tokenizer"), params.get("k1"), params.get("b")) != (
                key, tokenizer_key(), BM25_K1, BM25_B):
                return None  # another passage set, tokenizer or BM25 parameters
            return cls(
                json.loads((folder / "ids.json").read_text(encoding="utf-8")),
                json.loads((folder / "vocab.json").read_text(encoding="utf-8")),
                np.load(folder / "data.npy"), np.load(folder / "indices.npy"), np.load(folder / "indptr.npy"),
                np.load(folder / "cjk.npy"),
            )
        except (OSError, ValueError, KeyError):
            return None


def store_key(store) -> str:
    """A key that changes whenever the store's passage set changes (either store backend)."""
    return store.state_key()


def load_bm25(store) -> BM25Index:
    """The store's BM25 index: from the cache in the store's index folder, else built (and cached when writable)."""
    key = store_key(store)
    folder = Path(store.index_dir) / "bm25"
    index = BM25Index.load(folder, key)
    if index is not None:
        return index
    rows = store.passage_texts()
    index = BM25Index.build([r[0] for r in rows], [r[1] for r in rows])
    try:
        index.save(folder, key)
    except OSError:
        pass  # a read-only index folder: keep the index in memory only
    return index


def ideal_scores(index: BM25Index, query: str, terms: dict[str, float], expansion_weight: float = 1.0) -> np.ndarray:
    """[non-Chinese, Chinese]: the BM25 score an average-length passage of that language would get by holding
    each of the query's terms once - the query's own tokens on their side, and for the other side, of every
    glossary phrase the query names, its best-scoring variant (a passage holds one wording, not all of them).

    A language's best match is measured against this: one that reaches a small part of it matched only some
    common words of the query.
    """
    own = set(query_tokens(query))
    out = np.zeros(2, dtype=np.float64)
    unit = 1.0 / (1.0 + index.k1)  # a term once in a passage of average length scores idf / (1 + k1)
    for t in own:
        score = terms.get(t, 0.0) * index.idf(t) * unit
        if is_quantity(t):  # an amount or a date is matched in both languages
            out += score
        else:
            out[int(is_cjk(t.lstrip("~")))] += score
    for into_chinese, variants in expansion_phrases(query):
        best = max(sum(index.idf(t) for t in set(tokenize(v))) for v in variants)
        out[int(into_chinese)] += expansion_weight * best * unit
    return out
