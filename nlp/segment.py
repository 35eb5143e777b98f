"""Document -> Passage[]: sentence-aware passages of roughly 150-400 characters, offsets kept."""
from __future__ import annotations

import re

from .types import Document, Passage

_SENT_END = re.compile(r"[。！？；!?;]+[」』”）)]*|\.(?=\s)|\n\s*\n")
MIN_CHARS, MAX_CHARS = 150, 400


def detect_script(text: str) -> str:
    """Rough script of a text: en, zh-Hant, zh-Hans or mixed."""
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    if cjk == 0:
        return "en"
    if latin > cjk * 2:
        return "mixed"
    from .normalize.script import guess_chinese_script

    return guess_chinese_script(text)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def split_passages(doc: Document) -> list[Passage]:
    """Split every page into passages that never cut a sentence."""
    out: list[Passage] = []
    for page in doc.pages:
        text = page.text
        cur: list[tuple[int, int]] = []
        for s, e in _sentences(text) + [(-1, -1)]:
            size = (cur[-1][1] - cur[0][0]) if cur else 0
            if cur and (s < 0 or size >= MIN_CHARS and size + (e - s) > MAX_CHARS):
                a, b = cur[0][0], cur[-1][1]
                while a < b and text[a].isspace():
                    a += 1
                while b > a and text[b - 1].isspace():
                    b -= 1
                out.append(
                    Passage(
                        passage_id=f"{doc.doc_id}-{len(out):05d}", doc_id=doc.doc_id, page=page.number,
                        start=a, end=b, text=text[a:b], script=detect_script(text[a:b]),
                    )
                )
                cur = []
            if s >= 0:
                cur.append((s, e))
    return out
