"""One event per real-world action: mentions of the same event (table row + prose, several documents) merge.

Same-event rule: same ``type`` and ``actor`` and compatible dates (equal, or a month that contains the
day, e.g. "2019-07" and "2019-07-04"; a bare year only matches itself), and no contradiction in the identifying details: ``status`` (adding
vs removing), ``instrument`` (Entity List vs MEU List), tariff round and rate, and, for two sentences of one
document, the count and amount (two measures told side by side) and a listing vs a product control; two
sentences of one Chinese text dated by the same year alone are two measures. Undated events merge only
with undated ones stating the same amount and targets. Other differences (70 vs 68 affiliates) are kept
in ``extra["conflicts"]`` instead of being overwritten; every mention stays in ``extra["mentions"]``.
The most confident mention (table rows first) is the one whose evidence and values lead.
"""
from __future__ import annotations

import re

from collections.abc import Iterable
from dataclasses import replace

from ..types import Event

_COMPARED = ("amount_usd", "rate_pct", "items")


_ITEM = re.compile(r"\s*([一二三四五六七八九十]{1,3})\s*、")
_ORDINAL = re.compile(r"\W*(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Finally|Lastly)\b")  # "Second, I have approved …"
_CJK = re.compile(r"\W*[\u4e00-\u9fff]")
_ALSO = re.compile(r"\b(?:also|additionally|separately|further)\s+[a-z]+(?:ed|d)\b|\b(?:Separately|In a separate (?:step|move|decision|action|rule|notice|order))\b")
# "國務院關稅稅則委員會同日也宣布…": another decision of the same body
_ALSO_ZH = re.compile(r"^[^，。；]{0,20}?(?:也|亦|另|另外|同時|同时|還|还)(?:宣布|宣佈|公布|公佈|公告|決定|决定)")
_PER_NOTICE = re.compile(r"\s*(?:根據|根据|依據|依据|按照)(?:該|该|此|上述)?(?:公告|聲明|声明|決定|决定|命令)[，,]")
_BULLET = re.compile(r"\s*(?:[-–•●▪*·]|\(?\d{1,2}[.)])\s+")


def _dates_compatible(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    # "2019-07" and "2019-07-04" may be one event; a bare year is too coarse to say so
    return a == b or (min(len(a), len(b)) >= 7 and (a.startswith(b) or b.startswith(a)))


def _round(e: Event):
    r = e.extra.get("round")
    return str(r).split()[-2] if isinstance(r, str) and len(str(r).split()) >= 3 else r


def same_event(a: Event, b: Event) -> bool:
    """True when two mentions state the same event (see the module docstring)."""
    if a.type != b.type or a.actor != b.actor:
        return False
    if not _dates_compatible(a.date, b.date):
        # one filing telling its move twice, the second time undated ("项目建成后，…产线将逐步转移至泰国")
        undated = a if a.date is None else b
        return (a.type == "relocation" and a.actor is not None and a.doc_id == b.doc_id and (a.date is None) != (b.date is None)
                and undated.amount_usd is None and bool(set(a.destination) & set(b.destination)))
    # "根據公告，北京將凍結相關企業…財產": what the notice just told does, in words of another instrument
    per_notice = a.doc_id == b.doc_id and a.date and a.date == b.date and any(_PER_NOTICE.match(x.evidence) for x in (a, b))
    for f in ("status", "instrument"):
        x, y = getattr(a, f), getattr(b, f)
        if x and y and x != y and not (f == "instrument" and per_notice):
            return False
    ra, rb = _round(a), _round(b)
    if ra is not None and rb is not None and str(ra) != str(rb):
        return False
    if a.type == "tariff" and a.rate_pct is not None and b.rate_pct is not None and a.rate_pct != b.rate_pct:
        return False
    if a.target and b.target and not set(a.target) & set(b.target):
        return False
    if (a.doc_id == b.doc_id and a.source == b.source == "prose" and len(a.date or "") == 4 and a.page == b.page
            and (a.end <= b.start or b.end <= a.start) and _CJK.match(a.evidence) and _CJK.match(b.evidence)):
        return False  # two sentences of one text dated by the year alone ("2026年…继续对铬铁等107项商品征收出口关税"): two measures
    if a.doc_id == b.doc_id and a.source == b.source == "prose" and _distinct_details(a, b):
        return False  # one text telling two measures of the same day ("designated 275 …; State is designating 123 …")
    if a.doc_id == b.doc_id and a.page == b.page and a.source == b.source == "prose" and _CJK.match(a.evidence) and not per_notice and (
            0 <= b.start - a.end <= 2 or 0 <= a.start - b.end <= 2) and not any(" | " in x.evidence for x in (a, b)):
        # clauses read apart in one sentence ("不予許可鎵、鍺…出口，並對石墨…實施更嚴格的審查"), not in one row of a table
        # read as prose ("南非 | 2024年9月 | 取消…优惠税率，统一按45%征收关税 | 45%": one measure's cell)
        return False
    if (a.doc_id == b.doc_id and a.source == b.source == "table" and not a.extra.get("table") and not b.extra.get("table")
            and a.evidence != b.evidence):
        # two rows of a table written in the text are two measures ("Dec 2, 2024 | BIS | New controls on …" / "… | 140
        # entities …"; a captioned report table may repeat a row over a page break)
        return False
    ia, ib = _ITEM.match(a.evidence) or _ORDINAL.match(a.evidence), _ITEM.match(b.evidence) or _ORDINAL.match(b.evidence)
    if a.doc_id == b.doc_id and ia and ib and ia.group(1) != ib.group(1):
        return False  # a notice's numbered items are its separate measures ("一、对钬…实施出口管制" / "二、对稀土开采…技术",
        # "Second, I have approved ITAC's recommendation …" / "Third, ITAC has initiated …")
    # two sentences, not two clauses of one ("…the license requirement, and extended the foreign direct product rule")
    apart = not _same_sentence(a, b)
    if a.doc_id == b.doc_id and a.source == b.source == "prose" and apart and (
            _BULLET.match(a.evidence) or _BULLET.match(b.evidence) or _ALSO.search(a.evidence[:80]) or _ALSO.search(b.evidence[:80])
            or any(_ALSO_ZH.search(x.evidence) and _concrete(x) for x in (a, b))):
        # a release's bullets are its separate measures ("- The price cap … is lowered" / "- 105 vessels … are listed"),
        # apart from the package they belong to; so is what a body "also" did ("On the same day, the Council also prolonged …")
        return False
    if bool(a.target) != bool(b.target) and a.date != b.date and a.type != "relocation":
        return False  # a measure against named parties and an untargeted statement a few days apart differ
    if a.date is None:
        if a.type == "relocation" and a.actor and a.destination:
            # the same firm's move to the same place, told again, with or without the place it leaves
            return set(a.destination) == set(b.destination) and (not a.target or not b.target or set(a.target) == set(b.target))
        return a.amount_usd == b.amount_usd and set(a.target) == set(b.target) and a.amount_usd is not None
    if a.destination and b.destination and not set(a.destination) & set(b.destination):
        return False  # moves to, or listings under, different countries
    if a.doc_id == b.doc_id and (ia or ib) and a.destination and b.destination and set(a.destination) != set(b.destination):
        return False  # a filing's numbered item is one of the moves its summary told together ("1. 公司拟…在马来西亚…")
    return True


def _concrete(e: Event) -> bool:
    """Whether a mention states a rate, amount or count of its own (a measure, not a reference to one)."""
    return e.rate_pct is not None or e.amount_usd is not None or e.items is not None


def _distinct_details(a: Event, b: Event) -> bool:
    """Whether two statements of one document give different counts or amounts (table rows and other documents
    may round or restate; one text's two sentences with different numbers are two measures), or one lists
    parties on a named list and the other controls products."""
    for f in ("items", "amount_usd"):
        x, y = getattr(a, f), getattr(b, f)
        if x is not None and y is not None and x != y:
            return True
    # a listing on a named list and a control on products ("added 140 entities to the Entity List"; "also curb
    # shipments of high-bandwidth memory chips")
    return a.type == "export_control" and (a.instrument is None) != (b.instrument is None) and (
        bool(a.products or b.products) or (a.page, a.start) != (b.page, b.start) and not _same_sentence(a, b))


def _same_sentence(a: Event, b: Event) -> bool:
    """Whether two mentions are clauses of one sentence (their spans touch, no sentence end between them)."""
    first, second = (a, b) if (a.page, a.start or 0) <= (b.page, b.start or 0) else (b, a)
    return (first.page == second.page and first.end is not None and second.start is not None
            and (second.start < first.end or first.evidence.rstrip()[-1:] not in ".。!?;；"))


def _mention(e: Event) -> dict:
    return {"doc_id": e.doc_id, "page": e.page, "evidence": e.evidence, "start": e.start, "end": e.end, "source": e.source}


def _fold(lead: Event, other: Event) -> Event:
    extra = dict(lead.extra)
    mentions = extra.get("mentions") or [_mention(lead)]
    extra["mentions"] = mentions + (other.extra.get("mentions") or [_mention(other)])
    conflicts = dict(extra.get("conflicts", {}))
    fill = {}
    for f in _COMPARED + ("date", "status", "instrument", "products"):
        x, y = getattr(lead, f), getattr(other, f)
        if x is None and y is not None:
            fill[f] = y
        elif f in _COMPARED and x is not None and y is not None and x != y:
            vals = conflicts.setdefault(f, [x])
            if y not in vals:
                vals.append(y)
    if lead.date and other.date and len(other.date) > len(lead.date):
        fill["date"] = other.date  # the more precise date of the same event
    targets = tuple(dict.fromkeys(lead.target + other.target))
    dest = tuple(dict.fromkeys(lead.destination + other.destination))
    if conflicts:
        extra["conflicts"] = conflicts
    return replace(lead, **fill, target=targets, destination=dest, extra=extra,
                   confidence=min(0.99, max(lead.confidence, other.confidence) + 0.02))


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Merge mentions of the same event; order: by date, undated last, then by first mention."""
    ordered = sorted(enumerate(events), key=lambda p: (p[1].source != "table", -p[1].confidence, p[0]))
    merged: list[tuple[int, Event]] = []
    for idx, e in ordered:
        for k, (i0, m) in enumerate(merged):
            if same_event(m, e):
                merged[k] = (min(i0, idx), _fold(m, e))
                break
        else:
            merged.append((idx, e))
    return [e for _, e in sorted(merged, key=lambda p: (p[1].date is None, p[1].date or "", p[0]))]
