"""Hybrid search over a store's passages: BM25 (script-folded, glossary-expanded) fused with dense cosine.

Fusion is language-aware: the lexical side's weight scales with how much of the query (by IDF) the
corpus vocabulary covers, so an English query over Chinese text leans on the dense side, while a query
whose words all occur in the corpus keeps a strong lexical vote. Scores are normalised per query before mixing.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass

import numpy as np

from .errors import ModelUnavailable, QueryError
from .bm25 import ideal_scores, load_bm25, store_key
from .lexical import expand_query_coverage, is_cjk, query_terms, translate_query
from .snippet import make_snippet
from .types import EVENT_TYPES, Hit

log = logging.getLogger(__name__)
MAX_QUERY_CHARS = 1000
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)|民國\s*(\d{2,3})\s*年")


@dataclass(frozen=True)
class FusionParams:
    """Knobs of the hybrid ranking (tuned on tests/gold/queries.jsonl by bench/eval_search.py)."""

    lexical_weight: float = 0.6  # lexical share of the fused score (tuned: bench/eval_search.py --grid)
    candidates: int = 100  # taken from each side before fusion
    expansion_weight: float = 1.0  # weight of glossary terms from the other language
    dense_floor_rank: int = 100  # the cosine at this rank maps to 0 (scores below are clipped)
    cross_lingual: float = 1.0  # lexical matches reached only through the glossary count this much of literal ones
    translate: bool = True  # also embed the glossary translation of the query; a passage keeps its best cosine
    lexical_weight_zh: float | None = None  # lexical share for Chinese queries (None: lexical_weight)
    neighbor_weight: float = 0.3  # share of the better adjacent passage's score added (context of long reports)
    term_coverage: float = 0.0  # lexical score times (share of query terms the passage holds) ** this
    context_dense: float = 0.2  # share of the cosine of the passage's section context (title › headings) added
    context_lexical: float = 0.2  # share of the section context's BM25 (over the best context's) added
    lexical_floor: float = 0.7  # a language's best BM25 counts fully from this share of the ideal score up
    lexical_absolute: float = 0.5  # share of BM25 over the ideal score (capped at 1) added to the lexical score
    language_centring: float = 0.5  # share of its language's mean vector taken off each passage and query vector


class Searcher:
    """Hybrid search over ``store``; loads the BM25 index, the vectors and the query embedder lazily, once."""

    def __init__(self, store, embedder_name: str | None = None, *, params: FusionParams | None = None,
                 ann_threshold: int | None = None):
        from .settings import get_setting

        self.store = store
        self.embedder_name = get_setting("embedder", embedder_name)
        self.params = params or FusionParams()
        self.ann_threshold = int(ann_threshold if ann_threshold is not None else get_setting("ann_threshold"))
        self._bm25 = None
        self._dense = None  # DenseIndex, or False when the store has no vectors of this model
        self._dense_pos: np.ndarray | None = None  # dense row -> BM25 position
        self._embedder = None
        self._context = None  # ContextIndex, or False when not used
        self._titles: dict[str, str] | None = None
        self._passage_dates: dict[str, list[str]] | None = None
        self._event_types: dict[str, set[str]] | None = None

    # -- lazy state ------------------------------------------------------------------------------
    @property
    def bm25(self):
        if self._bm25 is None:
            self._bm25 = load_bm25(self.store)
            self._pos = {pid: i for i, pid in enumerate(self._bm25.ids)}
        return self._bm25

    def _model_name(self) -> str:
        from .embed import E5Embedder, HashingEmbedder

        n = self.embedder_name
        if n in ("e5", E5Embedder.name):
            return E5Embedder.name
        if n.startswith("hash"):
            return HashingEmbedder(int(n.split("-", 1)[1]) if "-" in n else 256).name
        return self.embedder().name

    @property
    def context(self):
        """The ContextIndex of the passages' section contexts, or None when the fusion does not use them."""
        if self._context is None:
            if not (self.params.context_dense or self.params.context_lexical):
                self._context = False
            else:
                from .context import ContextIndex

                model = self._model_name() if self.dense is not None else None
                self._context = ctx = ContextIndex.build(self.store, self.bm25.ids, model)
                if ctx.vectors is not None and self.dense.means is not None:  # centred like the passages
                    ctx.centre(self.dense.means, self.dense.centring, self.bm25.cjk)
        return self._context or None

    def embedder(self):
        """The query embedder (loaded on first use)."""
        if self._embedder is None:
            from .embed import load_embedder

            self._embedder = load_embedder(self.embedder_name)
        return self._embedder

    @property
    def dense(self):
        """The DenseIndex, or None when the store holds no vectors of this embedder (lexical-only search)."""
        if self._dense is None:
            from .ann import load_dense

            model = self._model_name()
            cjk, pos = self.bm25.cjk, self._pos
            d = load_dense(self.store, model, store_key(self.store), ann_threshold=self.ann_threshold,
                           centring=self.params.language_centring,
                           chinese_of=lambda ids: cjk[np.fromiter((pos[i] for i in ids), np.int64, len(ids))])
            n_all = len(self.bm25)
            if not len(d):
                log.warning("no passage vectors for embedder %s: lexical search only - run `policylens embed`", model)
                self._dense = False
            else:
                if len(d) < n_all:
                    log.warning("%d of %d passages have no vector yet: they are found lexically only"
                                " - run `policylens embed`", n_all - len(d), n_all)
                self._dense = d
                self._dense_pos = np.array([self._pos[i] for i in d.ids], dtype=np.int64)
        return self._dense or None

    # -- public ------------------------------------------------------------------------------------
    def search(self, query: str, k: int = 10, since: str | None = None, until: str | None = None,
               doc_id: str | None = None, theme: str | None = None, event_type: str | None = None) -> list[Hit]:
        """The ``k`` best passages for ``query`` that pass every filter given, best first.

        Raises:
            QueryError: empty, punctuation-only or over-long query, bad k, date, document or event type.
        """
        query = _check_query(query)
        if not isinstance(k, int) or k < 1 or k > 1000:
            raise QueryError(f"k={k!r}: the number of results must be between 1 and 1000")
        bm25 = self.bm25
        if not len(bm25):
            return []
        allowed = self._filter_mask(since, until, doc_id, theme, event_type)
        p = self.params
        terms = query_terms(query, expansion_weight=p.expansion_weight)
        lex = bm25.scores(terms)
        if allowed is not None:
            lex[~allowed] = 0.0
        n_cand = max(p.candidates, k)
        nz = np.flatnonzero(lex)  # every step below works on matched passages or candidates, never on all
        lex_top = nz[_topn(lex[nz], n_cand)]
        ideal = ideal_scores(bm25, query, terms, p.expansion_weight)
        lex_scale = self._lexical_scale(lex, nz, query, terms, ideal)
        ctx = self.context
        c_lex = ctx.lexical(terms) if ctx is not None and p.context_lexical else None

        def lex_of(pos: np.ndarray) -> np.ndarray:
            g = bm25.cjk[pos].astype(np.int64)
            out = lex[pos] * lex_scale[g]
            if p.lexical_absolute:  # how much of the ideal match it holds, whatever the language's best holds
                out = out + p.lexical_absolute * np.minimum(lex[pos] / np.maximum(ideal[g], 1e-9), 1.0)
            if p.term_coverage:  # a passage matching few of the query's terms loses part of its lexical score
                cov = np.ones(len(pos), dtype=np.float32)
                for flag in (True, False):
                    if (g == flag).any():
                        cov[g == flag] = bm25.matched(terms, pos[g == flag], flag)
                out = out * cov ** p.term_coverage
            return out if c_lex is None else out + p.context_lexical * _at(c_lex, ctx.of[pos])

        dense = self.dense
        if dense is None:
            cand = lex_top
            score_of = lex_of
        else:
            rows, sims, qs = self._dense_search(query, max(n_cand, p.dense_floor_rank), allowed)
            dense_cand = self._dense_pos[rows]
            cand = np.unique(np.concatenate([lex_top, dense_cand[:n_cand]]))
            use_ctx = ctx is not None and p.context_dense > 0 and ctx.vectors is not None
            if use_ctx:  # a passage's cosine gains a share of its context's
                sims = sims + p.context_dense * ctx.cosine(qs, ctx.of[dense_cand])
            ranked = np.sort(sims)[::-1]
            floor = float(ranked[min(len(ranked) - 1, p.dense_floor_rank - 1)]) if len(ranked) else 0.0
            top = float(ranked[0]) if len(ranked) else 1.0
            known = dict(zip(dense_cand.tolist(), sims.tolist()))
            w = p.lexical_weight if p.lexical_weight_zh is None or not is_cjk(query) else p.lexical_weight_zh
            row_of = self._row_of()

            def score_of(pos: np.ndarray) -> np.ndarray:
                cos = np.array([known.get(i, np.nan) for i in pos.tolist()], dtype=np.float32)
                todo = np.flatnonzero(np.isnan(cos))
                cos[todo] = floor
                todo = todo[row_of[pos[todo]] >= 0]
                if len(todo):  # lexical candidates and neighbours outside the dense top: scored exactly
                    cos[todo] = dense.scores_of(qs, row_of[pos[todo]])
                    if use_ctx:
                        cos[todo] += p.context_dense * ctx.cosine(qs, ctx.of[pos[todo]])
                d_n = np.clip((cos - floor) / max(top - floor, 1e-6), 0.0, 1.0)
                return (1.0 - w) * d_n + w * lex_of(pos)

        fused = score_of(cand)
        if p.neighbor_weight > 0:
            fused = fused + p.neighbor_weight * self._neighbor_best(cand, score_of, allowed)
        # scores in [0, 1]: over the most a passage can get (dense 1; lexical 1, its context's and its absolute share;
        # a best neighbour); float32 rounding is clipped
        lex_share = 1.0 if dense is None else w
        lex_max = 1.0 + p.context_lexical + p.lexical_absolute
        fused = np.minimum(fused / (((1.0 - lex_share) + lex_share * lex_max) * (1.0 + p.neighbor_weight)), 1.0)
        if allowed is not None:
            keep = allowed[cand]
            cand, fused = cand[keep], fused[keep]
        best = np.argsort(-fused, kind="stable")[:k]
        return self._hits(cand[best], fused[best], query, terms)

    # -- internals --------------------------------------------------------------------------------
    def _dense_search(self, query: str, n: int, allowed: np.ndarray | None):
        """(rows, cosines, query vectors): nearest rows to the query or its glossary translation, best first.

        The multilingual model scores passages in the query's own language higher; the translated query
        gives passages in the other language a fair cosine. Both are searched at once and each row keeps
        its best cosine.
        """
        texts = [query]
        trans = translate_query(query) if self.params.translate else ""
        if trans and trans != query:
            texts.append(trans)
        qs = np.asarray(self.embedder().embed_queries(texts), dtype=np.float32)
        qs = self.dense.centre_queries(qs, [is_cjk(t) for t in texts])
        rows_allowed = allowed[self._dense_pos] if allowed is not None else None
        rows, sims = self.dense.search_best(qs, n, rows_allowed)
        return rows, sims.astype(np.float32), qs

    def _neighbor_best(self, cand: np.ndarray, score_of, allowed: np.ndarray | None) -> np.ndarray:
        """Per candidate, the fused score of its better neighbour (previous or next passage of the same document).

        A passage between two passages on the query's topic is usually on it too: reports discuss a topic over
        several passages, and a passage cut from its context loses the words that name the topic.
        """
        ids = self.bm25.ids
        n = len(ids)
        nb = np.full((len(cand), 2), -1, dtype=np.int64)
        for j, pos in enumerate(cand.tolist()):
            doc, _, seq = ids[pos].rpartition("-")
            for side, other in enumerate((pos - 1, pos + 1)):
                if 0 <= other < n:
                    d2, _, s2 = ids[other].rpartition("-")
                    if d2 == doc and s2.isdigit() and seq.isdigit() and abs(int(s2) - int(seq)) == 1:
                        nb[j, side] = other
        if allowed is not None:
            nb[(nb >= 0) & ~allowed[np.maximum(nb, 0)]] = -1
        flat = np.unique(nb[nb >= 0])
        if not len(flat):
            return np.zeros(len(cand), dtype=np.float32)
        sc = score_of(flat)
        look = np.where(nb >= 0, sc[np.minimum(np.searchsorted(flat, np.maximum(nb, 0)), len(flat) - 1)], 0.0)
        return look.max(axis=1).astype(np.float32)

    def _row_of(self) -> np.ndarray:
        if not hasattr(self, "_row_of_cache"):
            r = np.full(len(self.bm25), -1, dtype=np.int64)
            r[self._dense_pos] = np.arange(len(self._dense_pos))
            self._row_of_cache = r
        return self._row_of_cache

    def _lexical_scale(self, lex: np.ndarray, nz: np.ndarray, query: str, terms: dict[str, float],
                       ideal: np.ndarray) -> np.ndarray:
        """Factors [non-Chinese, Chinese] that map BM25 to [0, 1] per language of the passage, capped by how much
        of the query reaches that language.

        Chinese and English passages are ranked on their own scales, so glossary matches in the other language
        are not drowned by literal matches; each scale is capped by the share of the query it can match:
        the query's own terms found in the corpus for its language, the glossary-translated share for the other.
        A language's best passage maps to that cap only if it scores at least ``lexical_floor`` of the ideal
        score (bm25.ideal_scores); one matching just the query's common words (美國, 中國, 制裁 for a question
        about the 1990 sanctions answered in English) stays low, and the dense side decides.
        """
        same = self.bm25.coverage(query_terms(query, expand=False) or terms)
        other = expand_query_coverage(query)[1] * self.params.cross_lingual
        q_cjk = is_cjk(query)
        cjk = self.bm25.cjk[nz]
        vals = lex[nz]
        floor = self.params.lexical_floor * ideal
        out = np.zeros(2, dtype=np.float32)
        for group, mask, cov in ((1, cjk, same if q_cjk else other), (0, ~cjk, other if q_cjk else same)):
            m = float(vals[mask].max()) if mask.any() else 0.0
            if m > 0:
                out[group] = cov / max(m, floor[group])
        return out

    def _hits(self, order: np.ndarray, scores: np.ndarray, query: str, terms: dict[str, float]) -> list[Hit]:
        ids = [self.bm25.ids[i] for i in order]
        passages = self.store.get_passages(ids)
        if self._titles is None:
            self._titles = {d["doc_id"]: d["title"] for d in self.store.documents()}
        hits = []
        for rank, (score, pid) in enumerate(zip(scores, ids), 1):
            ps = passages[pid]
            hits.append(Hit(rank=rank, score=float(score), doc_id=ps.doc_id, title=self._titles.get(ps.doc_id, ""),
                            page=ps.page, passage_id=pid, text=ps.text, snippet=make_snippet(ps.text, query, terms)))
        return hits

    def _filter_mask(self, since, until, doc_id, theme, event_type) -> np.ndarray | None:
        """Boolean mask over BM25 positions of passages passing every filter; None when no filter is given."""
        if not any((since, until, doc_id, theme, event_type)):
            return None
        for name, d in (("since", since), ("until", until)):
            if d and not _DATE.match(d):
                raise QueryError(f"--{name} {d}: not a date - use YYYY, YYYY-MM or YYYY-MM-DD")
        if since and until and _bounds(since)[0] > _bounds(until)[1]:
            raise QueryError(f"--since {since} is after --until {until}: swap them")
        if event_type and event_type not in EVENT_TYPES:
            raise QueryError(f"event type {event_type!r}: unknown - use one of {', '.join(EVENT_TYPES)}")
        ids = self.bm25.ids
        keep = np.ones(len(ids), dtype=bool)
        if doc_id:
            full = self.store.resolve_doc_id(doc_id)
            if full is None:
                raise QueryError(f"--doc {doc_id}: no such document in the store - list them with `policylens docs`")
            ok = {p.passage_id for p in self.store.passages(full)}
            keep &= np.fromiter((i in ok for i in ids), bool, len(ids))
        if theme:
            ok = self.store.passages_with_theme(theme)
            keep &= np.fromiter((i in ok for i in ids), bool, len(ids))
        if since or until or event_type:
            self._load_passage_facts()
        if event_type:
            et = self._event_types
            keep &= np.fromiter((event_type in et.get(i, ()) for i in ids), bool, len(ids))
        if since or until:
            lo, hi = _bounds(since)[0] if since else "0000", _bounds(until)[1] if until else "9999"
            dates = self._passage_dates
            keep &= np.fromiter(
                (any(_bounds(d)[1] >= lo and _bounds(d)[0] <= hi for d in dates.get(i, ())) for i in ids), bool, len(ids)
            )
        return keep

    def _load_passage_facts(self) -> None:
        """Per passage: the dates it is about and the event types stated in it (once per Searcher)."""
        if self._passage_dates is not None:
            return
        by_page: dict[tuple[str, int], list] = {}
        for e in self.store.events():
            if e.doc_id is not None and e.page is not None:
                by_page.setdefault((e.doc_id, e.page), []).append(e)
        doc_dates = {d["doc_id"]: d.get("date") for d in self.store.documents()}
        dates: dict[str, list[str]] = {}
        types: dict[str, set[str]] = {}
        for ps in self.store.passages():
            evs = [e for e in by_page.get((ps.doc_id, ps.page), ())
                   if e.start is None or ps.kind == "table" or (e.start < ps.end and (e.end or e.start) > ps.start)]
            types[ps.passage_id] = {e.type for e in evs}
            ds = [e.date for e in evs if e.date]
            if not ds:  # no dated event here: the years the passage names, else the document's date
                ds = [m.group(1) or str(int(m.group(2)) + 1911) for m in _YEAR.finditer(ps.text)]
            if not ds and doc_dates.get(ps.doc_id):
                ds = [doc_dates[ps.doc_id]]
            dates[ps.passage_id] = ds
        self._passage_dates, self._event_types = dates, types


def search(store, query: str, **kw) -> list[Hit]:
    """One-off hybrid search over ``store`` (see Searcher.search for the keyword arguments)."""
    embedder_name = kw.pop("embedder_name", None)
    return Searcher(store, embedder_name=embedder_name).search(query, **kw)


def _check_query(query: str) -> str:
    if not isinstance(query, str) or not query.strip():
        raise QueryError("empty query - type some words to search for, e.g. 'export controls on chips'")
    query = query.strip()
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"query of {len(query)} characters is too long - keep it under {MAX_QUERY_CHARS} (a few words or a question)")
    if not any(unicodedata.category(c)[0] in "LN" for c in query):
        raise QueryError(f"query {query[:40]!r} has no letters or digits - search for words, e.g. 'entity list'")
    return query


def _bounds(d: str) -> tuple[str, str]:
    """First and last day (ISO) that a YYYY / YYYY-MM / YYYY-MM-DD date covers."""
    return (d + "-01-01"[len(d) - 4:] if len(d) < 10 else d, d + "-12-31"[len(d) - 4:] if len(d) < 10 else d)


def _at(values: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """values[rows], 0 where a row is -1 (no context)."""
    return np.where(rows >= 0, values[np.maximum(rows, 0)], 0.0).astype(np.float32)


def _topn(x: np.ndarray, n: int) -> np.ndarray:
    if len(x) <= n:
        return np.argsort(-x, kind="stable")
    part = np.argpartition(-x, n - 1)[:n]
    return part[np.argsort(-x[part], kind="stable")]


__all__ = ["Searcher", "FusionParams", "search", "make_snippet", "ModelUnavailable"]
