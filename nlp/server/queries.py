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
                   doc_id=check_doc(store, doc), event_type=check_type(event_type), theme=check_theme(theme))


def run_search(searcher, sq: SearchQuery) -> list[Hit]:
    """Hits for ``sq`` (the event-type filter keeps passages that state an event of that type)."""
    return list(searcher.search(sq.q, k=sq.k, since=sq.since, until=sq.until, doc_id=sq.doc_id, theme=sq.theme,
                                event_type=sq.event_type))


def check_theme(value: str | None) -> str | None:
    """A theme id of the configured taxonomy (or empty -> None); else QueryError."""
    if not value:
        return None
    from .views import theme_names

    known = theme_names()
    if known and value not in known:
        raise QueryError(f"theme={value!r}: unknown theme - use one of {', '.join(sorted(known))}")
    return value


def find_events(store: Store, *, type=None, since=None, until=None, actor=None, target=None, doc=None, theme=None,
                min_confidence=None, merge: bool = False) -> list[Event]:
    """Stored events matching the checked filters, in date order (as `policylens events` filters them)."""
    if min_confidence not in (None, ""):
        try:
            min_confidence = float(min_confidence)
        except ValueError:
            raise QueryError(f"min_confidence={min_confidence!r}: not a number - use 0 to 1") from None
    else:
        min_confidence = None
    theme = check_theme(theme)
    events = store.events(type=check_type(type), since=check_date(since, "since"), until=check_date(until, "until"),
                          actor=actor or None, target=target or None, doc_id=check_doc(store, doc),
                          min_confidence=min_confidence)
    if theme:
        from ..tag import filter_events_by_theme

        events = filter_events_by_theme(store, events, theme)
    if merge:
        from ..events.merge import merge_events

        events = merge_events(events)
    return events
