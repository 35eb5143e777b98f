"""Reading order of a PDF page's measured lines: a superscript note marker or a piece pdfium split off
stays on its line, a single-column page reads top to bottom, a page of several columns keeps pdfium's
(column) order."""
from __future__ import annotations

from dataclasses import replace

def _is_marker(ln, host) -> bool:
    """A note marker pdfium set apart: one to three digits (or * † ‡) clearly smaller than ``host``."""
    t = ln.text
    return len(t) <= 3 and all(c.isdigit() or c in "*†‡" for c in t) and ln.size < 0.8 * host.size


def _continues(a, b) -> bool:
    """Whether line ``b`` goes on from ``a`` on the same visual line: pdfium breaks a line at a raised note
    marker ("to China.¹" | "The rules also …") or at a marker set before a footnote's text."""
    if a.kind != "body" or b.kind != "body" or a.rotated or b.rotated:
        return False
    big = max(a.size, b.size)
    if not -0.5 <= b.x0 - a.x1 <= 0.6 * big:  # a word space at most: a column gutter is wider
        return False
    if abs(a.size - b.size) <= 0.6:
        return abs(a.y - b.y) <= 0.2 * big
    small, large = (a, b) if a.size < b.size else (b, a)
    return -0.25 * large.size <= small.y - large.y <= 0.7 * large.size  # superscript raised, subscript lowered


def _joined(a, b):
    """One line from ``a`` and ``b`` (left to right); a marker between them is kept in ``marks``."""
    large = a if a.size >= b.size else b
    a_mark, b_mark = _is_marker(a, b), _is_marker(b, a)
    sep = "" if a_mark or b_mark or b.x0 - a.x1 < 0.15 * large.size else " "
    shift = len(a.text) + len(sep)
    marks = list(a.marks) + [(s + shift, e + shift) for s, e in b.marks]
    if a.tail_small:  # the marker that ended ``a`` now sits inside the line
        marks.append((len(a.text) - a.tail_small, len(a.text)))
    if b.lead_small and not a_mark:
        marks.append((shift, shift + b.lead_small))
    return replace(
        large, text=a.text + sep + b.text, x0=a.x0, x1=b.x1, first=a.first, marks=tuple(marks),
        tail_small=len(b.text) if b_mark else b.tail_small, lead_small=len(a.text) if a_mark else a.lead_small,
    )


def _join_on_baseline(lines) -> list:
    out: list = []
    for ln in lines:
        if out and _continues(out[-1], ln):
            out[-1] = _joined(out[-1], ln)
        else:
            out.append(ln)
    return out


def _column_count(lines, width: float) -> int:
    """Text columns of a page: groups of line starts more than a fifth of the page width apart, each
    holding >= 5 lines and >= 15 % of them (as ``_columns``)."""
    body = [ln for ln in lines if ln.kind == "body" and not ln.rotated]
    groups = group_starts(sorted(round(ln.x0) for ln in body), width)
    return sum(1 for g in groups if len(g) >= max(5, 0.15 * len(body)))


def group_starts(starts: list[int], width: float) -> list[list[int]]:
    """Sorted line starts grouped where they lie more than a fifth of the page width apart."""
    groups: list[list[int]] = []
    for x in starts:
        if groups and x - groups[-1][-1] <= 0.2 * width:
            groups[-1].append(x)
        else:
            groups.append([x])
    return groups


def order_lines(lines, width: float) -> list:
    """Lines in reading order. Fragments of one visual line are joined (in drawing order, where a marker
    follows its word); a single-column page is then read top to bottom, left to right on a line, whatever
    order it was drawn in (a running header or a footnote drawn last or first). A page with several
    columns keeps pdfium's order, which follows the columns."""
    lines = _join_on_baseline(lines)
    if all(a.y >= b.y for a, b in zip(lines, lines[1:])) or _column_count(lines, width) > 1:
        return lines  # (most pages: drawn top to bottom already)
    rows: list[list] = []
    for ln in sorted(lines, key=lambda ln: -ln.y):
        if rows and abs(rows[-1][0].y - ln.y) <= 0.25 * min(rows[-1][0].size, ln.size):
            rows[-1].append(ln)
        else:
            rows.append([ln])
    return _join_on_baseline([ln for row in rows for ln in sorted(row, key=lambda ln: ln.x0)])
