"""Passage[]/Table[] -> Event[]: one module per event family, tables.py, merge.py."""
from __future__ import annotations

from ..types import Document, Event, Passage


def extract_events(doc: Document, passages: list[Passage]) -> list[Event]:
    """Events stated in a document's prose and tables, each with its evidence."""
    return []
