"""Traditional/Simplified Chinese: detection and folding for matching."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _converters():
    import opencc

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def to_simplified(text: str) -> str:
    """Fold Traditional characters to Simplified (for matching and indexing)."""
    return _converters()[0].convert(text)


def guess_chinese_script(text: str) -> str:
    """zh-Hant or zh-Hans, by which conversion changes the text less."""
    t2s, s2t = _converters()
    sample = text[:2000]
    changed_if_trad = sum(a != b for a, b in zip(sample, t2s.convert(sample)))
    changed_if_simp = sum(a != b for a, b in zip(sample, s2t.convert(sample)))
    return "zh-Hant" if changed_if_trad >= changed_if_simp else "zh-Hans"
