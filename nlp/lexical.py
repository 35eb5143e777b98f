"""Lexical side of search: script-folded tokens (jieba words + CJK bigrams, stemmed English) and BM25.

Traditional and Simplified text fold to one form before tokenizing, so either script matches both.
The BM25 index of a store is cached in the store folder and rebuilt only when its passages change.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

TOKENIZER_VERSION = "3"  # bump when tokens change: cached indexes are then rebuilt
_GLOSSARY = Path(__file__).parent / "data" / "glossary.tsv"
_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[a-z0-9]+(?:[.\-'][a-z0-9]+)*")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_EN_STOP = frozenset(
    "a an and are as at be by for from has have in into is it its of on or that the their this to was were "
    "which with what who how why when where does do did about over under than then there these those not "
    "no can could would should will shall may been being also any all more most such".split()
)
_ZH_STOP = frozenset("的 了 和 與 与 及 或 在 是 對 对 為 为 於 于 之 其 也 而 等 將 将 被 把 從 从 以 並 并 中 上 下 有 什麼 什么 哪些 如何 是否 嗎 吗 呢".split())


@lru_cache(maxsize=8192)
def _fold_term(term: str) -> str:
    return fold(term)


@lru_cache(maxsize=8192)
def _stem_phrase(phrase: str) -> str:
    return " ".join(stem(w) for w in phrase.lower().split())


def fold(text: str) -> str:
    """Lowercase, width-normalise and fold Traditional to Simplified Chinese, keeping the length (offsets hold)."""
    from .normalize.script import fold_aligned

    low = text.lower()
    return fold_aligned(low) if len(low) == len(text) else fold_aligned(text)


def stem(word: str) -> str:
    """Light English stemming: plural and common verb endings, so 'controls'/'controlled' meet 'control'."""
    if len(word) <= 3 or not word.isalpha():
        return word
    for suf, rep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if word.endswith(suf) and len(word) - len(suf) >= 3 and not word.endswith(("ss", "us", "is")):
            w = word[: -len(suf)] + rep
            return w[:-1] if suf in ("ing", "ed") and len(w) > 3 and w[-1] == w[-2] else w
    return word


@lru_cache(maxsize=1)
def _jieba():
    from .normalize.terms import domain_terms, load_tokenizer

    tk = load_tokenizer(with_terms=False)  # a private instance: the shared one is not changed
    for term in domain_terms():
        tk.add_word(fold(term), freq=2000)
    for _, zh in load_glossary():  # domain terms stay whole words
        for term in zh:
            if _CJK.search(term):
                tk.add_word(fold(term), freq=50000)
    return tk


def tokenize(text: str) -> list[str]:
    """Index tokens of a text: jieba words (2+ chars) and character bigrams for CJK, stemmed words for Latin."""
    out: list[str] = []
    for m in _RUN.finditer(fold(text)):
        run = m.group()
        if _CJK.match(run):
            if len(run) == 1:
                if run not in _ZH_STOP:
                    out.append(run)
                continue
            out.extend(w for w in _jieba().lcut(run, HMM=False) if len(w) >= 2 and w not in _ZH_STOP)
            out.extend("~" + run[i : i + 2] for i in range(len(run) - 1))  # bigrams, kept apart from words
        elif run not in _EN_STOP:
            out.append(stem(run))
    return out


@lru_cache(maxsize=1)
def load_glossary() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(english variants, chinese variants) pairs from nlp/data/glossary.tsv."""
    pairs = []
    for line in _GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        en, zh = line.split("\t", 1)
        pairs.append((tuple(x.strip() for x in en.split("|") if x.strip()), tuple(x.strip() for x in zh.split("|") if x.strip())))
    return tuple(pairs)


def expand_query(query: str) -> list[str]:
    """Glossary terms on the other language's side of every glossary phrase the query contains."""
    return expand_query_coverage(query)[0]


def expand_query_coverage(query: str) -> tuple[list[str], float]:
    """(glossary translations of the query's phrases, share of the query's own tokens those phrases cover)."""
    words = [stem(w) for w in re.findall(r"[a-z0-9]+", query.lower()) if w not in _EN_STOP]
    q = " " + " ".join(words) + " "
    fq = fold(query)
    own = set(tokenize(query))
    covered: set[str] = set()
    extra: list[str] = []
    for en, zh in load_glossary():
        en_hits = [e for e in en if f" {_stem_phrase(e)} " in q]
        zh_hits = [z for z in zh if _CJK.search(z) and _fold_term(z) in fq]
        if en_hits and not zh_hits:
            extra.extend(zh)
            covered.update(t for e in en_hits for t in tokenize(e))
        elif zh_hits and not en_hits:
            extra.extend(en)
            for z in zh_hits:  # the query's CJK tokens inside the matched term count as translated
                fz = _fold_term(z)
                covered.update(t for t in own if t.lstrip("~") in fz)
    return extra, (len(own & covered) / len(own) if own else 0.0)


def translate_query(query: str) -> str:
    """A bag-of-terms rendering of the query in the other language: the first glossary variant of each phrase."""
    words = " " + " ".join(stem(w) for w in re.findall(r"[a-z0-9]+", query.lower()) if w not in _EN_STOP) + " "
    fq = fold(query)
    out: list[str] = []
    for en, zh in load_glossary():
        if any(f" {_stem_phrase(e)} " in words for e in en):
            out.append(zh[0])
        elif any(_CJK.search(z) and _fold_term(z) in fq for z in zh):
            out.append(en[0])
    # drop terms contained in a longer one (出口管制 inside 出口管制法)
    return " ".join(t for t in dict.fromkeys(out) if not any(t != o and t in o for o in out))


def is_cjk(text: str) -> bool:
    """Whether a text is mainly Chinese (at least 30% of its letters are CJK)."""
    cjk = len(_CJK.findall(text))
    letters = cjk + sum(1 for c in text if c.isascii() and c.isalpha())
    return bool(letters) and cjk / letters >= 0.3


def _weighted_terms(tokens: list[str]) -> dict[str, float]:
    w: dict[str, float] = {}
    for t in tokens:
        w[t] = w.get(t, 0.0) + 1.0
    return w


def query_terms(query: str, *, expand: bool = True, expansion_weight: float = 0.5) -> dict[str, float]:
    """Query token -> weight: the query's own tokens, plus glossary expansions at a lower weight."""
    terms = _weighted_terms(tokenize(query))
    if expand:
        for t, w in _weighted_terms([t for e in expand_query_coverage(query)[0] for t in tokenize(e)]).items():
            if t not in terms:
                terms[t] = expansion_weight * min(w, 1.0)
    return terms


@dataclass
class BM25Index:
    """BM25 over tokenized passages: a CSC term x passage matrix of precomputed scores (via bm25s)."""

    ids: list[str]
    vocab: dict[str, int]
    data: np.ndarray
    indices: np.ndarray
    indptr: np.ndarray
    cjk: np.ndarray  # bool per passage: mainly Chinese text (lexical scores are normalised per language)

    @classmethod
    def build(cls, ids: list[str], texts: list[str], *, k1: float = 1.2, b: float = 0.75) -> "BM25Index":
        """Tokenize ``texts`` and index them under ``ids``."""
        tokens = [tokenize(t) or ["~"] for t in texts]
        cjk = np.fromiter((is_cjk(t) for t in texts), bool, len(texts))
        return cls.from_tokens(ids, tokens, cjk, k1=k1, b=b)

    @classmethod
    def from_tokens(cls, ids: list[str], tokens: list[list[str]], cjk: np.ndarray, *, k1: float = 1.2,
                    b: float = 0.75) -> "BM25Index":
        """Index already tokenized passages (``cjk`` marks the Chinese ones)."""
        import bm25s

        model = bm25s.BM25(k1=k1, b=b)
        model.index(tokens, show_progress=False)
        s = model.scores
        return cls(list(ids), dict(model.vocab_dict), np.asarray(s["data"]), np.asarray(s["indices"]), np.asarray(s["indptr"]), cjk)

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
        (folder / "params.json").write_text(json.dumps({"key": key, "tokenizer": TOKENIZER_VERSION}), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path, key: str) -> "BM25Index | None":
        """The cached index in ``folder`` if it was built for ``key``, else None."""
        try:
            params = json.loads((folder / "params.json").read_text(encoding="utf-8"))
            if params.get("key") != key or params.get("tokenizer") != TOKENIZER_VERSION:
                return None
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
