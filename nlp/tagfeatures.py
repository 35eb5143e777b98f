"""Features for theme tagging: script folding, lexical cue hits, zero-shot similarity features, calibration."""
from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from .taxonomy import Taxonomy

# Per (text, theme): similarity to the theme, its z-score among all themes, whether it is the nearest theme,
# distinct cues hit (log1p), cue hits per 100 characters (capped), the gap to the nearest theme's similarity and
# 1/rank of the theme by similarity.
FEATURES = ("sim", "sim_z", "sim_top", "cue_distinct", "cue_density", "sim_gap", "sim_rank")
LEXICAL = ("cue_distinct", "cue_density")
_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9.\-]*$")


def fold(text: str) -> str:
    """Text folded for matching: NFKC, Traditional -> Simplified, whitespace collapsed."""
    return re.sub(r"\s+", " ", _script_fold()(unicodedata.normalize("NFKC", text)))


@lru_cache(maxsize=1)
def _script_fold():
    try:  # the normalize helper's folding when it is there (same idea, maybe more rules)
        from .normalize.script import fold as script_fold
    except ImportError:
        from .normalize.script import to_simplified as script_fold
    return script_fold


class CueMatcher:
    """Counts each theme's lexical cues in texts; CJK cues match across script and spacing, acronyms by case."""

    def __init__(self, taxonomy: Taxonomy):
        self.theme_ids = taxonomy.ids
        self._cjk: list[list[str]] = []
        self._latin: list[list[re.Pattern]] = []
        for theme in taxonomy:
            cjk, latin = [], []
            for cue in theme.cues():
                if cue.isascii():
                    latin.append(_latin_pattern(cue))
                else:
                    cjk.append(fold(cue).replace(" ", ""))
            self._cjk.append(sorted(set(cjk)))
            self._latin.append(latin)

    def counts(self, texts: list[str]) -> np.ndarray:
        """Array (n_texts, n_themes, 2): distinct cues hit and total hits."""
        out = np.zeros((len(texts), len(self.theme_ids), 2), dtype=np.float32)
        for i, text in enumerate(texts):
            # CJK cues on folded text (script and width); Latin cues on the original case (acronyms)
            compact = fold(text).replace(" ", "")
            latin_text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))
            for j, (cjk, latin) in enumerate(zip(self._cjk, self._latin)):
                distinct = total = 0
                for cue in cjk:
                    c = compact.count(cue)
                    distinct += c > 0
                    total += c
                for pat in latin:
                    c = len(pat.findall(latin_text))
                    distinct += c > 0
                    total += c
                out[i, j] = (distinct, total)
        return out


def _latin_pattern(cue: str) -> re.Pattern:
    cue = cue.strip()
    if _ACRONYM.match(cue):  # EAR, AI, IC, 5G, 301: case-sensitive whole words
        return re.compile(rf"(?<![A-Za-z0-9]){re.escape(cue)}(?![A-Za-z0-9])")
    stem = cue.lower()
    if stem.endswith("s") and len(stem) > 3:
        stem = stem[:-1]
    body = r"[\s\-]+".join(re.escape(w) for w in re.split(r"[\s\-]+", stem))
    return re.compile(rf"(?<![a-z0-9]){body}(?:s|es)?(?![a-z0-9])", re.IGNORECASE)


def zero_shot_features(sims: np.ndarray | None, cues: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Feature tensor (n, T, len(FEATURES)) from similarities (n, T) (None: lexical only) and cue counts."""
    n, t = cues.shape[:2]
    f = np.zeros((n, t, len(FEATURES)), dtype=np.float32)
    if sims is not None and sims.size:
        mu = sims.mean(axis=1, keepdims=True)
        sd = sims.std(axis=1, keepdims=True) + 1e-6
        f[:, :, 0] = sims
        f[:, :, 1] = (sims - mu) / sd
        mx = sims.max(axis=1, keepdims=True)
        f[:, :, 2] = sims >= mx
        f[:, :, 5] = sims - mx
        f[:, :, 6] = 1.0 / (1.0 + (-sims).argsort(axis=1).argsort(axis=1))
    f[:, :, 3] = np.log1p(cues[:, :, 0])
    per100 = cues[:, :, 1] / np.maximum(lengths.reshape(-1, 1), 50) * 100
    f[:, :, 4] = np.minimum(per100, 3.0)
    return f


@dataclass
class Calibration:
    """Global logistic calibration of zero-shot features into probabilities (same weights for every theme).

    Shared weights are what lets a user add a theme to the taxonomy without relabelling anything.
    """

    features: tuple[str, ...]
    coef: list[float]
    intercept: float
    meta: dict = field(default_factory=dict)

    def predict_proba(self, feats: np.ndarray) -> np.ndarray:
        """Probabilities (n, T) from a feature tensor (n, T, len(FEATURES))."""
        idx = [FEATURES.index(f) for f in self.features]
        z = feats[..., idx] @ np.asarray(self.coef, dtype=np.float32) + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    @classmethod
    def fit(cls, feats: np.ndarray, labels: np.ndarray, *, features: tuple[str, ...] = FEATURES, C: float = 1.0,
            meta: dict | None = None) -> "Calibration":
        """Fit on a feature tensor (n, T, F) and a 0/1 label matrix (n, T)."""
        from sklearn.linear_model import LogisticRegression

        idx = [FEATURES.index(f) for f in features]
        x = feats[..., idx].reshape(-1, len(idx))
        lr = LogisticRegression(C=C, max_iter=1000).fit(x, labels.reshape(-1))
        return cls(tuple(features), [float(c) for c in lr.coef_[0]], float(lr.intercept_[0]), dict(meta or {}))

    def to_json(self, path: str | Path) -> None:
        """Write the calibration as JSON (no pickles)."""
        d = {"features": list(self.features), "coef": self.coef, "intercept": self.intercept, **self.meta}
        Path(path).write_text(json.dumps(d, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    @classmethod
    def from_json(cls, path: str | Path) -> "Calibration":
        """Read a calibration written by ``to_json``."""
        d = json.loads(Path(path).read_text(encoding="utf-8"))
        meta = {k: v for k, v in d.items() if k not in ("features", "coef", "intercept")}
        return cls(tuple(d["features"]), list(d["coef"]), float(d["intercept"]), meta)


# Used only when no calibration file is found for the embedder in use (e.g. a new sentence-transformers model):
# lexical cues alone, weights of the order the shipped lexical calibration has.
FALLBACK_LEXICAL = Calibration(LEXICAL, [2.5, 1.0], -3.5, {"note": "fallback: no calibration file found"})


def top_k_mean(probs: np.ndarray) -> np.ndarray:
    """Document scores (T,) from passage scores (n, T): mean of each theme's top floor(sqrt(n)) passages.

    One strong passage decides a short item; a long report needs a theme in several passages.
    """
    n = probs.shape[0]
    if n == 0:
        return np.zeros(probs.shape[1], dtype=np.float32)
    k = max(1, math.isqrt(n))
    return np.partition(probs, n - k, axis=0)[n - k :].mean(axis=0)
