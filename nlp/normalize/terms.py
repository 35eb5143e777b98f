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


def domain_terms(path: Path | None = None) -> list[str]:
    """The words of the domain dictionary (first column of each line)."""
    lines = Path(path or TERMS_FILE).read_text(encoding="utf-8").splitlines()
    return [ln.split()[0] for ln in lines if ln.strip() and not ln.startswith("#")]


def load_tokenizer(*, with_terms: bool = True):
    """A jieba.Tokenizer with the domain dictionary loaded (built once, lazily, then cached)."""
    global _tokenizer
    if not with_terms:
        return _new_tokenizer()
    with _lock:
        if _tokenizer is None:
            tok = _new_tokenizer()
            tok.load_userdict(str(TERMS_FILE))
            _tokenizer = tok
    return _tokenizer


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
