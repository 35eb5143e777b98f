"""What the pages show, computed from the store: a document's pages as annotated HTML, the events timeline."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup, escape

from ..settings import get_setting
from ..types import EVENT_TYPES, Document, Event, Passage, Table
from .markup import Span, annotate

PAGES_PER_VIEW = 10
TYPE_COLORS = {
    "tariff": "#d1495b", "export_control": "#00798c", "sanction": "#edae49", "investment_restriction": "#66a182",
    "relocation": "#8d96a3", "trade_agreement": "#2e4057", "other": "#b07aa1",
}


@lru_cache(maxsize=4)
def _taxonomy_names(path: str) -> dict[str, dict[str, str]]:
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return {}
    out = {}
    for t in data.get("themes") or []:
        if isinstance(t, dict) and "id" in t:
            name = t.get("name")
            out[str(t["id"])] = name if isinstance(name, dict) else {"en": str(name or t["id"])}
    return out


def theme_names() -> dict[str, dict[str, str]]:
    """Theme id -> {"en": …, "zh": …} from the configured taxonomy (the bundled one by default)."""
    path = get_setting("taxonomy") or str(Path(__file__).resolve().parents[1] / "data" / "themes.yaml")
    return _taxonomy_names(path)


def usd(amount: float | None) -> str:
    """A dollar amount for people: 200 bn, 7.8 bn, 34 m, 950,000."""
    if amount is None:
        return ""
    for scale, unit in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(amount) >= scale:
            return f"{amount / scale:,.4g} {unit}"
    return f"{amount:,.0f}"


def pct(rate: float | None) -> str:
    """A rate without a needless ``.0``."""
    return "" if rate is None else f"{rate:g}"


def doc_label(title: str, path: str, uploaded: dict[str, str]) -> str:
    """A document's name for people: its title, else (a title with no letters, e.g. "---") its file name."""
    if re.search(r"\w", title or ""):
        return title
    return uploaded.get(path) or Path(path).name


def label_docs(docs: list[dict], uploaded: dict[str, str]) -> list[dict]:
    """The ``documents()`` summaries with a ``label`` each."""
    return [{**d, "label": doc_label(d["title"], d["path"], uploaded)} for d in docs]


@dataclass
class PageView:
    """One page of a document, ready for the template."""

    number: int
    body: list[Markup] = field(default_factory=list)  # text chunks and tables, in order
    footnotes: list[Markup] = field(default_factory=list)
    flags: tuple[str, ...] = ()


def table_html(table: Table, anchor: str | None = None) -> Markup:
    """A stored table as an escaped HTML table with its caption and notes."""
    ident = f' id="{escape(anchor)}"' if anchor else ""
    width = max((len(r) for r in (*table.header, *table.rows)), default=0)

    def cells(row: tuple[str, ...], tag: str) -> Markup:
        # Rows shorter than the widest get empty cells, so columns line up.
        padded = (*row, *("",) * (width - len(row)))
        return Markup("<tr>") + Markup("").join(Markup(f"<{tag}>") + escape(c) + Markup(f"</{tag}>") for c in padded) + Markup("</tr>")

    out = [Markup(f'<table class="doc-table"{ident}>')]
    if table.caption:
        out.append(Markup("<caption>") + escape(table.caption) + Markup("</caption>"))
    if table.header:
        out.append(Markup("<thead>"))
        out += [cells(row, "th") for row in table.header]
        out.append(Markup("</thead>"))
    out.append(Markup("<tbody>"))
    out += [cells(row, "td") for row in table.rows]
    out.append(Markup("</tbody></table>"))
    for note in table.notes:
        out.append(Markup('<p class="table-note">') + escape(note) + Markup("</p>"))
    return Markup("").join(out)


def _trimmed(row: tuple[str, ...]) -> tuple[str, ...]:
    end = len(row)
    while end and not row[end - 1]:
        end -= 1
    return row[:end]


def locate_table(table: Table, text: str, after: int = 0) -> tuple[int, int] | None:
    """Where ``table``'s plain rendering (caption, ``a | b`` rows, notes) sits in its page text, if it does.

    Readers record these offsets, but stored tables keep only their cells, so the rendering is found again,
    searching from ``after`` and preferring the occurrence under the table's caption.
    """
    if table.start is not None and table.end is not None and after <= table.start < table.end <= len(text):
        return table.start, table.end
    if not table.header and not table.rows:
        return None
    found = None
    # Readers may drop a row's trailing empty cells, and a continued table's repeated header, from the text.
    for trim, shown in ((True, (*table.header, *table.rows)), (False, (*table.header, *table.rows)), (True, table.rows)):
        if not shown:
            continue
        rows = "\n".join(" | ".join(_trimmed(r) if trim else r) for r in shown)
        if table.caption:
            i = text.find(table.caption + "\n" + rows, after)
            if i >= 0:
                found = (i, i + len(table.caption) + 1 + len(rows))
                break
        i = text.find(rows, after)
        if i >= 0:
            found = (i, i + len(rows))
            break
    if found is None:
        return None
    start, end = found
    for note in table.notes:
        for sep in ("\n", "\n\n"):
            if note and text.startswith(sep + note, end):
                end += len(sep) + len(note)
                break
    return start, end


def page_views(doc: Document, passages: Sequence[Passage], events: Sequence[Event], pages: range) -> list[PageView]:
    """The pages in ``pages``: text with passage anchors and event marks, tables as HTML, footnotes."""
    by_page: dict[int, list[Passage]] = {}
    for p in passages:
        by_page.setdefault(p.page, []).append(p)
    ev_page: dict[int, list[Event]] = {}
    for e in events:
        if e.page is not None and e.start is not None and e.end is not None and e.source != "table":
            ev_page.setdefault(e.page, []).append(e)
    out = []
    for pg in doc.pages:
        if pg.number not in pages:
            continue
        view = PageView(number=pg.number, flags=pg.flags)
        plist = by_page.get(pg.number, [])
        spans = [Span(p.start, p.end, "passage", f"p-{p.passage_id}") for p in plist if p.kind == "text"]
        marks = [Span(e.start, e.end, f"ev ev-{e.type}", f"ev-{e.id}", title=e.type.replace("_", " "))
                 for e in ev_page.get(pg.number, [])]
        table_anchor = {p.table_index: f"p-{p.passage_id}" for p in plist if p.kind == "table" and p.table_index is not None}
        tables = [(i, t) for i, t in enumerate(doc.tables) if t.page == pg.number]
        inline, cursor = [], 0
        for i, t in tables:  # in reading order: each table's text comes after the previous one's
            span = locate_table(t, pg.text, cursor)
            if span:
                inline.append((span[0], span[1], i, t))
                cursor = span[1]
        pos = 0
        for start, end, i, t in inline:
            if start < pos:
                continue
            # The blank lines around a table's text would add space around the HTML table: drop them.
            cut = len(pg.text[pos:start].rstrip("\n")) + pos
            view.body.append(annotate(pg.text, spans, marks, lo=pos, hi=cut))
            view.body.append(table_html(t, table_anchor.get(i)))
            pos = end + len(pg.text[end:]) - len(pg.text[end:].lstrip("\n"))
        view.body.append(annotate(pg.text, spans, marks, lo=pos))
        placed = {i for _, _, i, _ in inline}
        view.body += [table_html(t, table_anchor.get(i)) for i, t in tables if i not in placed]
        fn_anchor = {}
        for p in plist:
            if p.kind == "footnote":
                for j, f in enumerate(pg.footnotes):
                    if p.text.strip() and (p.text.strip() in f or f.strip() in p.text):
                        fn_anchor.setdefault(j, f"p-{p.passage_id}")
        for j, f in enumerate(pg.footnotes):
            ident = f' id="{escape(fn_anchor[j])}"' if j in fn_anchor else ""
            view.footnotes.append(Markup(f"<li{ident}>") + escape(f) + Markup("</li>"))
        out.append(view)
    return out


def page_window(n_pages: int, page: int | None) -> range:
    """The block of PAGES_PER_VIEW pages that holds ``page`` (the first block when None)."""
    page = min(max(page or 1, 1), max(n_pages, 1))
    first = (page - 1) // PAGES_PER_VIEW * PAGES_PER_VIEW + 1
    return range(first, min(first + PAGES_PER_VIEW, n_pages + 1))


MAX_YEAR_GAP = 5  # years without events that still join two runs of events on one chart


def _main_years(years: Sequence[int]) -> tuple[int, int]:
    """The run of event years around the median with no gap over MAX_YEAR_GAP (drops stray dates)."""
    distinct = sorted(set(years))
    mid = distinct.index(min(distinct, key=lambda y: abs(y - sorted(years)[len(years) // 2])))
    lo = hi = mid
    while lo > 0 and distinct[lo] - distinct[lo - 1] <= MAX_YEAR_GAP:
        lo -= 1
    while hi < len(distinct) - 1 and distinct[hi + 1] - distinct[hi] <= MAX_YEAR_GAP:
        hi += 1
    return distinct[lo], distinct[hi]


def timeline(events: Sequence[Event]) -> dict:
    """Counts of dated events per period and type for the chart: months over short spans, else years.

    Year-only dates keep a bar of their own ("2019") before that year's months. Dates far from the rest
    (a stray 1962 among 2017-2020) are left off the axis and listed under ``outside``.
    """
    dated = [e for e in events if e.date and re.match(r"\d{4}(-\d\d)?", e.date)]
    if not dated:
        return {"labels": [], "datasets": [], "undated": len(events), "unit": "year", "outside": [], "span": None}
    first_year, last_year = _main_years([int(e.date[:4]) for e in dated])
    outside = sorted(e.date for e in dated if not first_year <= int(e.date[:4]) <= last_year)
    dated = [e for e in dated if first_year <= int(e.date[:4]) <= last_year]
    by_month = last_year - first_year <= 4 and sum(len(e.date) >= 7 for e in dated) * 2 >= len(dated)
    key = (lambda d: d[:7]) if by_month else (lambda d: d[:4])
    counts = Counter((key(e.date), e.type) for e in dated)
    labels = set()
    for y in range(first_year, last_year + 1):
        labels.add(str(y)) if not by_month else labels.update(f"{y}-{m:02d}" for m in range(1, 13))
    labels |= {k for k, _ in counts}
    if by_month:  # trim empty months at both ends
        first, last = min(k for k, _ in counts), max(k for k, _ in counts)
        labels = {lab for lab in labels if first <= lab <= last or len(lab) == 4 and any(k == lab for k, _ in counts)}
    labels = sorted(labels)
    datasets = [
        {"label": t, "backgroundColor": TYPE_COLORS.get(t, "#888"), "data": [counts.get((lab, t), 0) for lab in labels]}
        for t in EVENT_TYPES if any(counts.get((lab, t)) for lab in labels)
    ]
    return {"labels": labels, "datasets": datasets, "undated": len(events) - len(dated) - len(outside),
            "unit": "month" if by_month else "year", "outside": outside, "span": f"{first_year}–{last_year}"}
