"""Ruled tables from pdfium's path objects: ruling lines -> grid -> characters into cells.

pdfplumber's ``find_tables`` does the same from pdfminer's layout but costs ~130 ms a page on the
typeset report (measured in bench/bench_read.py); pdfium already has the characters and the paths, so
the grid is built here and pdfplumber stays an optional cross-check (``policylens`` never needs it).
"""
from __future__ import annotations

import ctypes
import re
from bisect import bisect_right

from ..clean import is_cjk, squeeze_spaces
from .wordjoin import Lexicon, join_lines

_CJK_PUNCT = re.compile("[\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]")
THIN = 2.5  # a path thinner than this (pt) is a rule
TOL = 2.0  # coordinates closer than this are the same rule


def _segments(paths):
    hs, vs = [], []  # (y, x0, x1), (x, y0, y1)
    for l, b, r, t in paths:
        w, h = r - l, t - b
        if h <= THIN and w > 8:
            hs.append(((b + t) / 2, l, r))
        elif w <= THIN and h > 8:
            vs.append(((l + r) / 2, b, t))
        elif w > THIN and h > THIN and w < 2000:
            hs += [(b, l, r), (t, l, r)]
            vs += [(l, b, t), (r, b, t)]
    return hs, vs


def _clusters(hs, vs):
    """Group rules that touch into candidate tables: [(hs, vs)]."""
    items = [("h", s) for s in hs] + [("v", s) for s in vs]
    boxes = []
    for kind, (c, a, b) in items:
        boxes.append((a, c, b, c) if kind == "h" else (c, a, c, b))
    parent = list(range(len(items)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(boxes)):
        x0, y0, x1, y1 = boxes[i]
        for j in range(i + 1, len(boxes)):
            a0, b0, a1, b1 = boxes[j]
            if a0 <= x1 + TOL and x0 <= a1 + TOL and b0 <= y1 + TOL and y0 <= b1 + TOL:
                parent[find(i)] = find(j)
    groups: dict[int, tuple[list, list]] = {}
    for i, (kind, s) in enumerate(items):
        g = groups.setdefault(find(i), ([], []))
        (g[0] if kind == "h" else g[1]).append(s)
    return list(groups.values())


def _distinct(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > TOL:
            out.append(v)
    return out


def find_tables(raw, tp, text: str, lines, paths):
    """Ruled tables on a page: [(bbox, rows)], bbox = (x0, y0, x1, y1); lines inside get kind 'table'."""
    hs, vs = _segments(paths)
    out = []
    for ghs, gvs in _clusters(hs, vs):
        ys, xs = _distinct([s[0] for s in ghs]), _distinct([s[0] for s in gvs])
        if len(ys) < 2 or len(xs) < 2 or xs[-1] - xs[0] < 50 or ys[-1] - ys[0] < 12:
            continue
        bbox = (xs[0], ys[0], xs[-1], ys[-1])
        inside = [ln for ln in lines if bbox[1] - TOL <= ln.y <= bbox[3] + TOL and bbox[0] - TOL <= ln.x0 <= bbox[2] + TOL]
        if not inside:
            continue
        rows = _cells(raw, tp, text, inside, xs, ys, gvs)
        if rows:
            for ln in inside:
                ln.kind = "table"
            out.append((bbox, rows))
    out.sort(key=lambda t: -t[0][3])
    return out


def _cells(raw, tp, text, inside, xs, ys, gvs) -> list[list[str]]:
    l, r, b, t = (ctypes.c_double() for _ in range(4))
    ox, oy = ctypes.c_double(), ctypes.c_double()
    ncols = len(xs) - 1
    bands: dict[int, dict[int, list[tuple[float, float, float, float, str]]]] = {}
    bounds_cache: dict[int, tuple[list[float], list[int]]] = {}
    for ln in inside:
        for k, ch in enumerate(ln.text):
            if ch.isspace():
                continue  # spaces are re-derived from the gaps between characters
            idx = ln.first + k
            raw.FPDFText_GetCharBox(tp, idx, l, r, b, t)
            raw.FPDFText_GetCharOrigin(tp, idx, ox, oy)
            cx, cy = (l.value + r.value) / 2, (b.value + t.value) / 2
            row = len(ys) - 1 - bisect_right(ys, cy)  # rows top to bottom
            if row < 0 or row >= len(ys) - 1:
                continue
            if row not in bounds_cache:
                mid = (ys[len(ys) - 1 - row] + ys[len(ys) - 2 - row]) / 2
                crossing = [x for x in xs if any(abs(x - v[0]) <= TOL and v[1] - TOL <= mid <= v[2] + TOL for v in gvs)]
                bnd = sorted(set(crossing) | {xs[0], xs[-1]})
                # each cell of this row starts at one of the grid's column lines
                bounds_cache[row] = (bnd, [min(xs.index(x), ncols - 1) for x in bnd])
            bnd, cols = bounds_cache[row]
            col = cols[min(max(bisect_right(bnd, cx) - 1, 0), len(bnd) - 2)]
            # pdfium's own spacing: whether its text has a space right before this character
            spaced = k > 0 and ln.text[k - 1] == " "
            bands.setdefault(row, {}).setdefault(col, []).append((oy.value, l.value, r.value, ln.size, ch, idx, spaced))
    rows = []
    for row in sorted(bands):
        cells = [""] * ncols
        for col, chars in bands[row].items():
            cells[col] = _cell_text(chars)
        if any(cells):
            rows.append(cells)
    return rows


def _spaced(prev, it, text: str) -> bool:
    """Whether a space goes between two characters of one cell line. pdfium's text decides where the two
    follow each other in it (its spacing follows the advance widths the PDF gives; the glyph boxes do not
    when a CJK font is not embedded: "2, 000"); elsewhere a gap wider than a quarter of the font size is
    a space, except inside a number ("2,000", "7.5"). Never next to CJK punctuation (a full-width glyph
    carries its own blank)."""
    if (is_cjk(prev[4]) and is_cjk(it[4])) or _CJK_PUNCT.match(prev[4]) or _CJK_PUNCT.match(it[4]):
        return False
    if it[5] == prev[5] + 1:
        return False
    if it[5] == prev[5] + 2 and it[6]:
        return True  # "July 6, 2018"
    if it[4].isdigit() and text[-1:] in (",", ".") and text[-2:-1].isdigit():
        return False
    return it[1] - prev[2] > 0.25 * it[3]


def _cell_text(chars: list[tuple[float, float, float, float, str, int, bool]]) -> str:
    """Characters of one cell -> text: visual lines top to bottom, left to right, spaced by ``_spaced``."""
    lines: list[list[tuple[float, float, float, float, str, int, bool]]] = []
    for item in chars:
        for ln in lines:
            if abs(ln[0][0] - item[0]) < 0.4 * item[3]:
                ln.append(item)
                break
        else:
            lines.append([item])
    lines.sort(key=lambda ln: -ln[0][0])
    parts = []
    for ln in lines:
        ln.sort(key=lambda it: it[1])
        text, prev = "", None
        for it in ln:
            if prev is not None and _spaced(prev, it, text):
                text += " "
            text += it[4]
            prev = it
        parts.append(text)
    # the lines stay apart until the document's vocabulary is known (``finish_cells``)
    return "\n".join(squeeze_spaces(p) for p in parts if p.strip())


def join_cell_lines(parts: list[str], lex: Lexicon | None = None) -> str:
    """Join the wrapped lines of a cell: a number cut mid-way joins without a space, a Latin word cut
    by a character-wrapping typesetter joins whole (``wordjoin``)."""
    out = ""
    for part in parts:
        if out and (out[-1].isdigit() or out[-1] in ".,/") and part[0].isdigit():
            out += part
        else:
            out = join_lines([out, part], lex, cjk_latin=True)
    return out


def finish_cells(tables, lex: Lexicon | None) -> None:
    """Join each cell's wrapped lines once the document's vocabulary is known (in place)."""
    for _, rows in tables:
        for r in rows:
            for k, c in enumerate(r):
                if "\n" in c:
                    r[k] = squeeze_spaces(join_cell_lines(c.split("\n"), lex))
