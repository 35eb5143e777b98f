"""Supervised theme model: one-vs-rest logistic regression over embeddings + TF-IDF char n-grams of folded text.

Saved as JSON + npz (no pickle): params.json, vocab.json, weights.npz.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from .errors import ModelUnavailable
from .tagfeatures import fold


def _fold_lower(text: str) -> str:
    return fold(text).lower()


class SupervisedThemeModel:
    """scikit-learn style multi-label classifier; themes with fewer than ``min_positives`` labels are left out."""

    def __init__(self, *, C: float = 10.0, min_positives: int = 5, ngram_range: tuple[int, int] = (1, 3),
                 max_features: int = 20000, embedding_weight: float = 2.0, class_weight: str | None = "balanced",
                 embedder_name: str | None = None):
        self.C = C
        self.min_positives = min_positives
        self.ngram_range = tuple(ngram_range)
        self.max_features = max_features
        self.embedding_weight = embedding_weight
        self.class_weight = class_weight
        self.embedder_name = embedder_name

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("C", "min_positives", "ngram_range", "max_features", "embedding_weight", "class_weight",
                                  "embedder_name")}

    def _vectorizer(self):
        from sklearn.feature_extraction.text import TfidfVectorizer

        return TfidfVectorizer(analyzer="char", ngram_range=self.ngram_range, max_features=self.max_features,
                               sublinear_tf=True, min_df=2, preprocessor=_fold_lower)

    def _design(self, texts: list[str], vectors: np.ndarray | None):
        from scipy import sparse

        x = self.vectorizer_.transform(texts)
        if self.embedding_weight and self.dim_:
            if vectors is None:
                raise ValueError("this model uses embeddings: pass vectors")
            x = sparse.hstack([x, sparse.csr_matrix(np.asarray(vectors, dtype=np.float32) * self.embedding_weight)]).tocsr()
        return x

    def fit(self, texts: list[str], labels: list[list[str]], *, vectors: np.ndarray | None = None) -> "SupervisedThemeModel":
        """Fit one logistic regression per theme that has at least ``min_positives`` positive items."""
        from sklearn.linear_model import LogisticRegression

        counts: dict[str, int] = {}
        for ls in labels:
            for t in set(ls):
                counts[t] = counts.get(t, 0) + 1
        self.classes_ = sorted(t for t, c in counts.items() if c >= self.min_positives)
        self.label_counts_ = dict(sorted(counts.items()))
        self.vectorizer_ = self._vectorizer().fit(texts)
        self.dim_ = 0 if vectors is None or not self.embedding_weight else int(np.asarray(vectors).shape[1])
        x = self._design(texts, vectors)
        coefs, intercepts = [], []
        for t in self.classes_:
            y = np.array([t in ls for ls in labels], dtype=int)
            lr = LogisticRegression(C=self.C, solver="liblinear", class_weight=self.class_weight, max_iter=1000).fit(x, y)
            coefs.append(lr.coef_[0])
            intercepts.append(lr.intercept_[0])
        self.coef_ = np.asarray(coefs, dtype=np.float32).reshape(len(self.classes_), x.shape[1])
        self.intercept_ = np.asarray(intercepts, dtype=np.float32)
        return self

    def predict_proba(self, texts: list[str], *, vectors: np.ndarray | None = None) -> np.ndarray:
        """Probabilities (n, len(classes_)), one column per theme in ``classes_``."""
        if not texts:
            return np.zeros((0, len(self.classes_)), dtype=np.float32)
        z = np.asarray(self._design(texts, vectors) @ self.coef_.T) + self.intercept_
        return (1.0 / (1.0 + np.exp(-z))).astype(np.float32)

    # -- persistence -----------------------------------------------------------------------------
    def save(self, out_dir: str | Path, *, extra: dict | None = None) -> None:
        """Write params.json, vocab.json and weights.npz into ``out_dir``."""
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        params = {**self.get_params(), "ngram_range": list(self.ngram_range), "classes": self.classes_,
                  "label_counts": self.label_counts_, "dim": self.dim_, **(extra or {})}
        (out / "params.json").write_text(json.dumps(params, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        vocab = {k: int(v) for k, v in self.vectorizer_.vocabulary_.items()}
        (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        np.savez_compressed(out / "weights.npz", coef=self.coef_, intercept=self.intercept_,
                            idf=self.vectorizer_.idf_.astype(np.float32))

    @classmethod
    def load(cls, model_dir: str | Path) -> "SupervisedThemeModel":
        """Read a model written by ``save``; ModelUnavailable if a file is missing or unreadable."""
        d = Path(model_dir)
        try:
            params = json.loads((d / "params.json").read_text(encoding="utf-8"))
            vocab = json.loads((d / "vocab.json").read_text(encoding="utf-8"))
            w = np.load(d / "weights.npz", allow_pickle=False)
        except (OSError, ValueError) as e:
            raise ModelUnavailable(f"{d}: cannot read the trained tagger ({e}) - retrain it with `policylens train-tagger`") from e
        m = cls(**{k: params[k] for k in ("C", "min_positives", "max_features", "embedding_weight", "embedder_name")},
                class_weight=params.get("class_weight"),
                ngram_range=tuple(params["ngram_range"]))
        m.classes_ = list(params["classes"])
        m.label_counts_ = dict(params.get("label_counts", {}))
        m.dim_ = int(params["dim"])
        m.meta_ = params
        m.vectorizer_ = m._vectorizer()
        m.vectorizer_.vocabulary_ = vocab
        m.vectorizer_.idf_ = w["idf"].astype(np.float64)
        m.coef_ = w["coef"]
        m.intercept_ = w["intercept"]
        return m
