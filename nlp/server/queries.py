"""Validated queries shared by the JSON API and the pages: search with filters, events with filters."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import QueryError
from ..store import Store
from ..types import EVENT_TYPES, Event, Hit

_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
MAX_K = 100


def check_date(value: str | None, name: str) -> str | None:
    """``value`` if it is YYYY, YYYY-MM or YYYY-MM-DD (or empty -> None); else QueryError."""
    if not value:
        return None
    value = value.strip()
    if not _DATE.match(value):
        raise QueryError(f"{name}={value!r}: not a date - use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def check_type(value: str | None) -> str | None:
    """An event type from the CONTRACT's list (or empty -> None); else QueryError."""
    if not value:
        return None
    if value not in EVENT_TYPES:
        raise QueryError(f"type={value!r}: unknown event type - use one of {', '.join(EVENT_TYPES)}")
    return value


def check_doc(store: Store, ref: str | None) -> str | None:
    """The full doc id for an id, unique prefix or stored path (or empty -> None); else QueryError."""
    if not ref:
        return None
    doc_id = store.resolve_doc_id(ref)
    if doc_id is None:
        raise QueryError(f"doc={ref!r}: no such document in the store - see /api/docs for the ids")
    return doc_id


@dataclass(frozen=True)
class SearchQuery:
    """A search and its filters, checked."""

    q: str
    k: int = 10
    since: str | None = None
    until: str | None = None
    doc_id: str | None = None
    event_type: str | None = None
    theme: str | None = None

    @classmethod
    def parse(cls, store: Store, q: str | None, k: int | str | None = 10, *, since=None, until=None, doc=None,
              event_type=None, theme=None) -> "SearchQuery":
        """Check every parameter; QueryError names the first bad one."""
        q = (q or "").strip()
        if not q:
            raise QueryError("q is empty - give a query, e.g. /api/search?q=export+controls")
        if len(q) > 1000:
            raise QueryError("q is longer than 1000 characters - shorten the query")
        try:
            k = int(k if k not in (None, "") else 10)
        except (TypeError, ValueError):
            raise QueryError(f"k={k!r}: not a number - use 1 to {MAX_K}") from None
        if not 1 <= k <= MAX_K:
            raise QueryError(f"k={k}: out of range - use 1 to {MAX_K}")
        return cls(q=q, k=k, since=check_date(since, "since"), until=check_date(until, "until"),
                   doc_id=check_doc(store, doc), event_type=check_type(event_type), theme=(theme or None))


def _event_overlaps(e: Event, hit: Hit, spans: dict[str, tuple[int, int]]) -> bool:
    if e.doc_id != hit.doc_id or e.page != hit.page:
        return False
    span = spans.get(hit.passage_id)
    if span is None or e.start is None or e.end is None:
        return True  # no offsets to compare: the same page is as close as we can tell
    return e.start < span[1] and e.end > span[0]


def run_search(store: Store, searcher, sq: SearchQuery) -> list[Hit]:
    """Hits for ``sq``; an event-type filter keeps passages that state such an event, then re-ranks."""
    filters = dict(since=sq.since, until=sq.until, doc_id=sq.doc_id, theme=sq.theme)
    if not sq.event_type:
        return list(searcher.search(sq.q, k=sq.k, **filters))
    events = store.events(type=sq.event_type, since=sq.since, until=sq.until, doc_id=sq.doc_id)
    pages = {(e.doc_id, e.page) for e in events}
    if not pages:
        return []
    hits = [h for h in searcher.search(sq.q, k=min(sq.k * 10, 500), **filters) if (h.doc_id, h.page) in pages]
    spans = {p.passage_id: (p.start, p.end) for p in store.get_passages(h.passage_id for h in hits).values()}
    kept = [h for h in hits if any(_event_overlaps(e, h, spans) for e in events)][: sq.k]
    return [Hit(rank=i, score=h.score, doc_id=h.doc_id, title=h.title, page=h.page, passage_id=h.passage_id,
                text=h.text, snippet=h.snippet) for i, h in enumerate(kept, 1)]


def find_events(store: Store, *, type=None, since=None, until=None, actor=None, target=None, doc=None) -> list[Event]:
    """Stored events matching the checked filters, in date order."""
    return store.events(type=check_type(type), since=check_date(since, "since"), until=check_date(until, "until"),
                        actor=actor or None, target=target or None, doc_id=check_doc(store, doc))
