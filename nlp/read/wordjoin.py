"""Joining wrapped lines of Latin text by what the document itself spells.

A line break between two Latin letters with no hyphen is either a word break (a space) or a word cut
by a typesetter that wraps character by character, as CJK typesetting does (no space: "de|pends",
"Money Gr|am"). Geometry cannot tell the two apart (both lines end at the margin), so the decision
uses the document's own vocabulary: the words found whole inside lines (never at a line's ends,
where the fragments are). The document's wrapping mode (by word or by character) is estimated from
the breaks that the vocabulary decides, and settles the breaks it cannot decide.

Between a CJK character and a Latin letter or digit the line break becomes a space when the
document usually spaces them within lines ("共否決 31 起", "Capital 金融").
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..clean import CJK_CLASS, is_cjk

_TAIL = re.compile(r"[A-Za-z]+$")
_HEAD = re.compile(r"^[A-Za-z]+")
_IDEO = f"[{CJK_CLASS.replace(chr(0x3000) + '-' + chr(0x303F), '').replace(chr(0xFF00) + '-' + chr(0xFFEF), '')}]"
_CJK_LATIN = re.compile(f"{_IDEO}( ?)[A-Za-z0-9]|[A-Za-z0-9]( ?){_IDEO}")
_INNER = re.compile(r"(?<= )[\"'“‘(\[]*([A-Za-z]+)[\"'”’)\],.;:!?]*(?= )")
_IDEO_RE = re.compile(_IDEO)


@dataclass
class Lexicon:
    """Words seen whole in a document, and how the document wraps and spaces its text."""

    words: Counter = field(default_factory=Counter)
    char_wrap: bool = False  # Latin words are cut at line ends without a hyphen
    cjk_latin_space: bool = False  # a space usually separates CJK and Latin/digits within a line

    def known(self, w: str) -> bool:
        """Whether ``w`` occurs as a whole word inside some line of the document."""
        return self.words[w.lower()] > 0


def build_lexicon(lines: Iterable[str]) -> Lexicon:
    """Vocabulary from the inner words of each line (the first and last may be fragments), the
    document's CJK/Latin spacing habit, then its wrapping mode."""
    texts = list(lines)
    big = "\n".join(texts)
    # a word with spaces (not line ends) on both sides, outer punctuation aside
    words = Counter(w.lower() for w in _INNER.findall(big))
    spaced = tight = 0
    for gap_a, gap_b in _CJK_LATIN.findall(big):
        if gap_a or gap_b:
            spaced += 1
        else:
            tight += 1
    lex = Lexicon(words=words, cjk_latin_space=spaced > tight)
    votes: Counter[str] = Counter()
    for prev, nxt in zip(texts, texts[1:]):
        if prev[-1:].isascii() and prev[-1:].isalpha() and nxt[:1].isascii() and nxt[:1].isalpha():
            v = _evidence(prev, nxt, lex)
            if v:
                votes[v] += 1
    lex.char_wrap = votes["glue"] > votes["space"]
    return lex


def _evidence(prev: str, nxt: str, lex: Lexicon) -> str | None:
    a, b = _TAIL.search(prev), _HEAD.match(nxt)
    if not a or not b:
        return None
    ka, kb, kw = lex.known(a.group()), lex.known(b.group()), lex.known(a.group() + b.group())
    if kw and not ka and not kb:
        return "glue"
    if ka and kb and not kw:
        return "space"
    return None


def glue_latin(prev: str, nxt: str, lex: Lexicon | None, *, char_wrap: bool | None = None) -> bool:
    """Whether the line break between ``prev`` and ``nxt`` (both Latin at the break) cuts a word;
    ``char_wrap`` overrides the document's wrapping mode for this break."""
    if lex is None:
        return bool(char_wrap)
    a, b = _TAIL.search(prev), _HEAD.match(nxt)
    if not a or not b:
        return False
    ka, kb, kw = lex.known(a.group()), lex.known(b.group()), lex.known(a.group() + b.group())
    if kw and not ka and not kb:
        return True  # "gov|ernments", "cas|e"
    if ka and kb and not kw:
        return False  # "the|sides"
    # the rest is settled by the document's habit: a document wrapped by words cuts no word without
    # a hyphen; one wrapped by characters cuts most ("an|d", "Clar|k": on the 207-page report 34 of 42
    # breaks with one half known and the whole unknown are cuts)
    return lex.char_wrap if char_wrap is None else char_wrap


def wraps_by_character(line: str) -> bool:
    """Whether a line that fills its column was wrapped character by character: CJK text (ideographs
    counted double, as they are set) takes a quarter of it or more, so the break fell wherever the
    column ended ("…清單（Un|verified List）"), not at a space."""
    ideo = len(_IDEO_RE.findall(line))
    if not ideo:
        return False
    latin = sum(1 for c in line if c.isascii() and c.isalnum())
    return 2 * ideo >= 0.25 * (2 * ideo + latin)


def _cut_number(prev: str, nxt: str, lex: Lexicon | None, full: bool = False) -> bool:
    """Whether a line break falls inside a number: digit|digit (or digit,|digit, digit|%) in a document
    wrapped by characters, with CJK text at the break, or after a full line of CJK text (CJK lines always
    wrap by character)."""
    last, first = prev[-1], nxt[0]
    if not (first.isdigit() or (first in "%.," and last.isdigit())):
        return False
    if not (last.isdigit() or (last in ",." and len(prev) > 1 and prev[-2].isdigit())):
        return False
    return bool(
        (lex is not None and lex.char_wrap) or _IDEO_RE.search(prev[-8:]) or _IDEO_RE.search(nxt[:8])
        or (full and wraps_by_character(prev))
    )


def join_lines(parts: Sequence[str], lex: Lexicon | None, *, cjk_latin: bool = False, full: Sequence[bool] | None = None) -> str:
    """``clean.join_fragments`` with the document's word breaks: a Latin word cut at a line end by a
    character-wrapping typesetter is joined whole; with ``cjk_latin`` (table cells, whose short lines
    break at the source's spaces) CJK and Latin/digits get the document's spacing. ``full[i]`` says
    that part i fills its column: if it is CJK text, its line was wrapped by characters, so a Latin word
    or number running on to the next part was cut there whatever the document's habit, unless the
    vocabulary knows both halves and not the whole."""
    out: list[str] = []
    prev, prev_full = "", False
    for k, part in enumerate(parts):
        part = part.strip()
        if not part:
            continue
        if prev:
            last, first = prev[-1], part[0]
            if last.isascii() and first.isascii() and last.isalpha() and first.isalpha():
                cut = prev_full and wraps_by_character(prev)
                sep = "" if glue_latin(prev, part, lex, char_wrap=True if cut else None) else " "
            elif _cut_number(prev, part, lex, prev_full):
                sep = ""  # "加徵 1|5%關稅": a number cut by a character-wrapping line break
            elif cjk_latin and lex is not None and lex.cjk_latin_space and (
                (_IDEO_RE.match(last) and first.isascii() and first.isalnum())
                or (last.isascii() and last.isalnum() and _IDEO_RE.match(first))
            ):
                sep = " "
            elif is_cjk(last) or is_cjk(first) or (last in "-/" and len(prev) > 1 and prev[-2].isalnum()):
                sep = ""  # as ``join_fragments``: CJK, and a compound or URL broken after its hyphen/slash
            else:
                sep = " "
            out.append(sep)
        out.append(part)
        prev, prev_full = part, bool(full and k < len(full) and full[k])
    return "".join(out)
