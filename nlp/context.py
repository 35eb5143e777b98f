"""Section context of passages for search: the document title and the headings each passage sits under.

A long report discusses one topic over many passages whose own sentences rarely name it; the headings above
them do ("第四節 貿易戰插曲：日韓貿易管制發展概況 › 三、韓國方面回應"). Search scores each passage's context beside
its text: lexically, with a small BM25 over the distinct contexts, and semantically, with one vector per
distinct context. Those vectors are embedded with the passages (``embed_contexts``, called by
``pipeline.embed_store``) and kept in the vectors table under the model name plus ``#context``, so they
never count as passage vectors.
"""
from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass

import numpy as np

from .bm25 import BM25Index
from .segment import section_contexts

log = logging.getLogger(__name__)
CONTEXT_SUFFIX = "#context"  # vectors of contexts are stored under "<model>#context"


def store_contexts(store) -> dict[str, str]:
    """passage_id -> its context ("title › heading › sub-heading") for every passage of the store."""
    titles = {d["doc_id"]: d.get("title") or "" for d in store.documents()}
    out: dict[str, str] = {}
    for doc_id, rows in itertools.groupby(store.passage_headings(), key=lambda r: r[1]):
        rows = list(rows)
        out.update(zip((r[0] for r in rows), section_contexts(titles.get(doc_id, ""), [r[2] for r in rows])))
    return out


def embed_contexts(store, embedder, *, batch_size: int = 32, progress: bool = False) -> int:
    """Embed the distinct passage contexts of the store that have no vector yet; returns how many were embedded."""
    from .embed import embed_into_store
    from .store import text_hash

    texts = {text_hash(c): c for c in set(store_contexts(store).values()) if c}
    model = embedder.name + CONTEXT_SUFFIX
    have = store.get_vectors(list(texts), model)
    todo = [(h, c) for h, c in texts.items() if h not in have]
    return embed_into_store(store, embedder, todo, model, batch_size=batch_size, progress=progress,
                            desc="embedding contexts", unit="context")


@dataclass
class ContextIndex:
    """The distinct contexts of a store's passages, aligned with a BM25 index's passage positions."""

    of: np.ndarray  # per passage position: row of its context in ``texts`` (-1: none)
    texts: list[str]
    bm25: BM25Index
    vectors: np.ndarray | None  # (len(texts), dim) float32; zero rows for contexts not embedded yet

    @classmethod
    def build(cls, store, ids: list[str], model: str | None) -> "ContextIndex":
        """Contexts of the passages ``ids`` (BM25 order) with their vectors of embedding ``model`` (None: none)."""
        from .store import text_hash

        ctx = store_contexts(store)
        texts = sorted({c for c in ctx.values() if c})
        row = {c: i for i, c in enumerate(texts)}
        of = np.fromiter((row.get(ctx.get(pid, ""), -1) for pid in ids), dtype=np.int64, count=len(ids))
        bm25 = BM25Index.build([str(i) for i in range(len(texts))], texts) if texts else None
        vectors = None
        if model and texts:
            got = store.get_vectors([text_hash(t) for t in texts], model + CONTEXT_SUFFIX)
            if len(got) < len(texts):
                log.warning("%d of %d section contexts have no vector yet: they count lexically only"
                            " - run `policylens embed`", len(texts) - len(got), len(texts))
            if got:
                dim = len(next(iter(got.values())))
                vectors = np.zeros((len(texts), dim), dtype=np.float32)
                for i, t in enumerate(texts):
                    v = got.get(text_hash(t))
                    if v is not None:
                        vectors[i] = v
        return cls(of, texts, bm25, vectors)

    def lexical(self, terms: dict[str, float]) -> np.ndarray:
        """Per context: its BM25 score for the query terms over the best context's, in [0, 1]."""
        if self.bm25 is None:
            return np.zeros(len(self.texts), dtype=np.float32)
        s = self.bm25.scores(terms)
        m = float(s.max()) if len(s) else 0.0
        return s / m if m > 0 else s

    def centre(self, means: np.ndarray, share: float, passage_cjk: np.ndarray) -> None:
        """Centre the vectors like the passages' (nlp.ann.centre_rows); a context takes its passages' language
        (``passage_cjk``: True for Chinese, in BM25 order)."""
        from .ann import centre_rows

        chinese = np.zeros(len(self.texts), dtype=bool)
        has = self.of >= 0
        chinese[self.of[has]] = passage_cjk[has]
        centre_rows(self.vectors, chinese, means, share)

    def cosine(self, qs: np.ndarray, rows: np.ndarray) -> np.ndarray | None:
        """Best cosine of the query vectors (rows of ``qs``) with the contexts ``rows`` (-1: none, scored 0);
        None without context vectors. Only the contexts asked for are scored: a query touches a few hundred."""
        if self.vectors is None or self.vectors.shape[1] != qs.shape[1]:
            return None
        out = np.zeros(len(rows), dtype=np.float32)
        ok = rows >= 0
        if ok.any():
            out[ok] = (self.vectors[rows[ok]] @ qs.T).max(axis=1)
        return out
