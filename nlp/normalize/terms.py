"""Chinese word segmentation with jieba plus the domain dictionary `nlp/data/domain_terms.txt`."""
from __future__ import annotations

import logging
import threading
from pathlib import Path

log = logging.getLogger(__name__)

__all__ = ["TERMS_FILE", "domain_terms", "load_tokenizer", "tokenize"]

TERMS_FILE = Path(__file__).resolve().parent.parent / "data" / "domain_terms.txt"
_lock = threading.Lock()
_tokenizer = None


def _dictionary_entries(path: Path | None = None) -> list[tuple[str, int]]:
    """(word, frequency) pairs of the jieba user dictionary; '#' lines are comments."""
    out = []
    for ln in Path(path or TERMS_FILE).read_text(encoding="utf-8").splitlines():
        parts = ln.split()
        if parts and not ln.startswith("#"):
            out.append((parts[0], int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 2000))
    return out


def domain_terms(path: Path | None = None) -> list[str]:
    """The words of the domain dictionary (first column of each line)."""
    lines = Path(path or TERMS_FILE).read_text(encoding="utf-8").splitlines()
    return [ln.split()[0] for ln in lines if ln.strip() and not ln.startswith("#")]


def load_tokenizer(*, with_terms: bool = True):
    """A jieba.Tokenizer with the domain terms and Chinese names loaded (built once, lazily, then cached)."""
    global _tokenizer
    if not with_terms:
        return _new_tokenizer()
    with _lock:
        if _tokenizer is None:
            tok = _new_tokenizer()
            for word, freq in _dictionary_entries():
                tok.add_word(word, freq=freq)
            for word in _name_words():
                tok.add_word(word, freq=2000)
            _tokenizer = tok
    return _tokenizer


def _name_words() -> list[str]:
    """The all-Chinese aliases of names.yaml (華為, 美國貿易代表署 ...), so names stay one token."""
    from .names import NAMES_FILE
    import yaml

    data = yaml.safe_load(NAMES_FILE.read_text(encoding="utf-8")) or {}
    aliases = [a for e in data.get("entities") or [] for a in e.get("aliases") or []]
    aliases += [a for e in data.get("ambiguous") or [] for a in e.get("aliases") or []]
    return [a for a in map(str, aliases) if len(a) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in a)]


def _new_tokenizer():
    import jieba

    jieba.setLogLevel(logging.WARNING)   # jieba logs its dictionary loading at INFO on stderr
    tok = jieba.Tokenizer()
    tok.initialize()
    return tok


def tokenize(text: str) -> list[str]:
    """Words of `text` (Chinese segmented by jieba + domain terms; whitespace dropped)."""
    if not isinstance(text, str) or not text:
        return []
    return [t for t in load_tokenizer().lcut(text) if t.strip()]
