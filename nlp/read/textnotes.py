"""Footnote blocks of plain text taken from a PDF: a rule line, then notes numbered in sequence."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..clean import is_page_number, join_fragments, squeeze_spaces

_PAGE_BREAK = "\f"  # a form feed, on a line of its own

_RULE = re.compile(r"^(?:[ \t\u3000]{10,}|[ \t]*[_─━―]{8,}[ \t]*)$")  # a footnote rule, as text (not "---": Markdown)
_NOTE_START = re.compile(r"^(\d{1,3})(?:\s+|(?=[^\d\s.,%．、)）]))\S")  # "8 James Lewis (2020)…", "12「看好…」"
_BODY_AGAIN = re.compile(r"^[ \t\u3000]+\S")  # a PDF's text starts each page's first body line indented
MAX_NOTE_LINES = 40
MAX_TAIL_LINES = 3  # lines of a note carried over from the previous page's foot


@dataclass
class _Notes:
    lines: set[int]  # every line of a footnote block, the rule included
    texts: list[tuple[int, str]]  # (line of the note's start, its text without the number)
    numbers: list[int] = field(default_factory=list)  # each note's number, as texts


def footnote_blocks(lines: list[str]) -> _Notes:
    """The footnote blocks of text taken from a PDF: a rule line, then notes numbered in sequence ("7 Reuters
    (2019)…", "8 …") with their wrapped lines, up to the next page's first body line, which comes out
    indented, a page number or a form feed. A block may open with the tail (up to MAX_TAIL_LINES lines) of
    the previous page's last note. A block that never ends within MAX_NOTE_LINES lines, or opens with more
    unnumbered lines, or with any when no note came before, is left as text."""
    out = _Notes(set(), [])
    last = 0  # number of the previous note
    for r, rule in enumerate(lines):
        if not _RULE.match(rule) or r in out.lines:
            continue
        limit = min(len(lines), r + 3 * MAX_NOTE_LINES)
        stop = next((j for j in range(r + 1, limit) if lines[j] == _PAGE_BREAK), None)
        block = [j for j in range(r + 1, stop or limit) if lines[j].strip()]
        end = next((n for n, j in enumerate(block)  # the page-number lines include those of _page_number_lines
                    if _BODY_AGAIN.match(lines[j]) or is_page_number(lines[j]) or _RULE.match(lines[j])),
                   None if stop is None else len(block))
        if end is None or end == 0 or end > MAX_NOTE_LINES:
            continue
        notes: list[tuple[int, list[str]]] = []
        tail: list[str] = []  # the end of the previous page's last note
        n_now = last
        for j in block[:end]:
            m = _NOTE_START.match(lines[j].strip())
            first = not notes and (not out.texts or int(m.group(1)) == 1) if m else False
            if m and (int(m.group(1)) == n_now + 1 or first):  # the notes count up (or start, or restart at 1)
                n_now = int(m.group(1))
                notes.append((j, [lines[j].strip()[m.end(1):]]))
            elif notes:
                notes[-1][1].append(lines[j])
            elif out.texts and len(tail) < MAX_TAIL_LINES:
                tail.append(lines[j])
            else:  # text under a line of spaces that is no note: not a footnote block
                break
        else:
            last = n_now
            out.lines.update([r, *block[:end]])
            if tail:
                at, text = out.texts[-1]
                out.texts[-1] = (at, _note_text([text, *tail]))
            out.texts.extend((j, _note_text(parts)) for j, parts in notes)
            out.numbers.extend(int(_NOTE_START.match(lines[j].strip()).group(1)) for j, _ in notes)
    return out


def _note_text(parts: list[str]) -> str:
    """A note's lines joined, without the repeated link lines a PDF's hyperlinks leave under it."""
    kept: list[str] = []
    for p in (p.strip() for p in parts):
        if p.startswith(("http://", "https://")) and p[:40].replace(" ", "") in "".join(kept).replace(" ", ""):
            continue
        kept.append(p)
    return squeeze_spaces(join_fragments(kept))


# A note's marker left in the body where its superscript stood: digits glued to the word before and followed by
# punctuation ("…攫取美國尖端技術1。", "…主導11，"), never after a digit or a decimal point.
_MARKER = re.compile(r"(?<=[\u4e00-\u9fff」』）)])(\d{1,3})(?=[。，、；：！？」』）)]|[ \t]*$)")


def strip_markers(lines: list[str], numbers: list[int], chain) -> list[str]:
    """``lines`` without the footnote markers of notes ``numbers``: of the marker-shaped digits, those that count
    up through the text as the notes do (``chain``: the longest increasing run of (position, number, flag))."""
    known = set(numbers)
    cands = [(i * 10_000 + m.start(1), int(m.group(1)), False) for i, ln in enumerate(lines)
             for m in _MARKER.finditer(ln) if int(m.group(1)) in known]
    picked = chain(cands)
    if len(picked) < 3:
        return lines
    out = list(lines)
    for pos, number, _ in reversed(picked):
        i, col = divmod(pos, 10_000)
        out[i] = out[i][:col] + out[i][col + len(str(number)):]
    return out
