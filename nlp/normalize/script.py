"""Traditional/Simplified Chinese: detection, conversion and folding for matching."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["fold", "fold_aligned", "guess_chinese_script", "to_simplified", "to_traditional"]


@lru_cache(maxsize=1)
def _converters():
    import opencc

    return opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def to_simplified(text: str) -> str:
    """Fold Traditional characters to Simplified (for matching and indexing)."""
    return _converters()[0].convert(text) if text else ""


def to_traditional(text: str) -> str:
    """Convert Simplified characters to Traditional (for display or matching)."""
    return _converters()[1].convert(text) if text else ""


@lru_cache(maxsize=1)
def _phrase_converter():
    import opencc

    return opencc.OpenCC("tw2sp")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One character folded: NFKC width form, then Simplified; unchanged if that is not one character."""
    n = unicodedata.normalize("NFKC", ch)
    if len(n) != 1:
        n = ch
    s = _converters()[0].convert(n) if ord(n) > 0x2E7F else n
    return s if len(s) == 1 else n


def fold_aligned(text: str) -> str:
    """Simplified + half-width text of exactly the same length, so offsets into it are offsets into `text`."""
    if not text:
        return ""
    simp = to_simplified(unicodedata.normalize("NFKC", text)) if text.isascii() is False else text
    if len(simp) == len(text) and all(len(unicodedata.normalize("NFKC", c)) == 1 for c in text):
        return simp
    return "".join(_fold_char(c) for c in text)


def fold(text: str) -> str:
    """Search key: NFKC width-normalised, Taiwan phrases to Mainland Simplified (記憶體 -> 内存), Latin lower-cased.

    Either script and either vocabulary finds the other; offsets are not kept (use `fold_aligned` for that).
    """
    if not text:
        return ""
    return _phrase_converter().convert(unicodedata.normalize("NFKC", text)).lower()


def guess_chinese_script(text: str) -> str:
    """zh-Hant or zh-Hans, by which conversion changes the text less."""
    t2s, s2t = _converters()
    sample = text[:2000]
    changed_if_trad = sum(a != b for a, b in zip(sample, t2s.convert(sample)))
    changed_if_simp = sum(a != b for a, b in zip(sample, s2t.convert(sample)))
    return "zh-Hant" if changed_if_trad >= changed_if_simp else "zh-Hans"
