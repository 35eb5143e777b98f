"""Frozen data types that flow through the pipeline, with ``to_dict`` in the CONTRACT's shapes."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

EVENT_TYPES = (
    "tariff",
    "export_control",
    "sanction",
    "investment_restriction",
    "relocation",
    "trade_agreement",
    "other",
)
EVENT_STATUSES = ("implemented", "planned", "considering", "suspended", "revoked")


@dataclass(frozen=True)
class Table:
    """A table found on a page: caption, header rows and data rows of cell strings."""

    page: int
    caption: str | None
    header: tuple[tuple[str, ...], ...]
    rows: tuple[tuple[str, ...], ...]
    notes: tuple[str, ...] = ()
    # Offsets of the table's rendering inside its page's text, when it has one there.
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "page": self.page,
            "caption": self.caption,
            "header": [list(r) for r in self.header],
            "rows": [list(r) for r in self.rows],
            "notes": list(self.notes),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Table":
        return cls(
            page=d["page"],
            caption=d.get("caption"),
            header=tuple(tuple(r) for r in d.get("header", [])),
            rows=tuple(tuple(r) for r in d.get("rows", [])),
            notes=tuple(d.get("notes", [])),
        )


@dataclass(frozen=True)
class Page:
    """One page of clean body text (1-based number), its footnotes, and per-page flags."""

    number: int
    text: str
    footnotes: tuple[str, ...] = ()
    # e.g. "image_only", "garbled_text", "ocr"
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Document:
    """A read and cleaned document: pages of text plus the tables found in them."""

    doc_id: str  # content hash (sha256 hex, first 16 chars)
    path: str
    title: str
    pages: tuple[Page, ...]
    tables: tuple[Table, ...] = ()
    flags: tuple[str, ...] = ()  # document-level, e.g. "image_only_pages"
    sha256: str = ""
    date: str | None = None  # the document's own date when known (ISO), anchors relative dates
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)


@dataclass(frozen=True)
class Passage:
    """A retrievable span of one page (or one table), with provenance."""

    passage_id: str
    doc_id: str
    page: int
    start: int  # char offset into Page.text
    end: int
    text: str
    heading: str | None = None
    script: str = "zh-Hant"  # zh-Hant | zh-Hans | en | mixed
    kind: str = "text"  # text | table | footnote
    table_index: int | None = None  # index into Document.tables when kind == "table"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Event:
    """A structured policy event with its evidence; ``to_dict`` gives the CONTRACT's shape."""

    id: str
    type: str
    date: str | None = None
    actor: str | None = None
    target: tuple[str, ...] = ()
    instrument: str | None = None
    amount_usd: float | None = None
    rate_pct: float | tuple[float, float] | None = None
    items: int | None = None
    products: str | None = None
    destination: tuple[str, ...] = ()
    status: str | None = None
    confidence: float = 0.5
    doc_id: str | None = None
    page: int | None = None
    evidence: str = ""
    start: int | None = None  # offsets of evidence in the page text
    end: int | None = None
    source: str = "prose"  # prose | table
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        rate = list(self.rate_pct) if isinstance(self.rate_pct, tuple) else self.rate_pct
        amount = self.amount_usd
        if isinstance(amount, float) and amount.is_integer():
            amount = int(amount)
        d = {
            "id": self.id,
            "type": self.type,
            "date": self.date,
            "actor": self.actor,
            "target": list(self.target),
            "instrument": self.instrument,
            "amount_usd": amount,
            "rate_pct": rate,
            "items": self.items,
            "products": self.products,
            "destination": list(self.destination),
            "status": self.status,
            "confidence": round(self.confidence, 3),
            "doc_id": self.doc_id,
            "page": self.page,
            "evidence": self.evidence,
        }
        d.update({k: v for k, v in self.extra.items() if k not in d})
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        rate = d.get("rate_pct")
        known = {f for f in cls.__dataclass_fields__}
        extra = {k: v for k, v in d.items() if k not in known}
        return cls(
            id=d["id"],
            type=d["type"],
            date=d.get("date"),
            actor=d.get("actor"),
            target=tuple(d.get("target") or ()),
            instrument=d.get("instrument"),
            amount_usd=d.get("amount_usd"),
            rate_pct=tuple(rate) if isinstance(rate, list) else rate,
            items=d.get("items"),
            products=d.get("products"),
            destination=tuple(d.get("destination") or ()),
            status=d.get("status"),
            confidence=d.get("confidence", 0.5),
            doc_id=d.get("doc_id"),
            page=d.get("page"),
            evidence=d.get("evidence", ""),
            start=d.get("start"),
            end=d.get("end"),
            source=d.get("source", "prose"),
            extra=extra,
        )


@dataclass(frozen=True)
class Hit:
    """One search result."""

    rank: int
    score: float
    doc_id: str
    title: str
    page: int
    passage_id: str
    text: str
    snippet: str | None = None  # highlighted excerpt for people (optional in JSON)

    def to_dict(self) -> dict[str, Any]:
        d = {
            "rank": self.rank,
            "score": round(float(self.score), 4),
            "doc_id": self.doc_id,
            "title": self.title,
            "page": self.page,
            "passage_id": self.passage_id,
            "text": self.text,
        }
        if self.snippet is not None:
            d["snippet"] = self.snippet
        return d


@dataclass(frozen=True)
class ThemeScore:
    id: str
    score: float
    assigned: bool

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "score": round(float(self.score), 4), "assigned": self.assigned}


@dataclass(frozen=True)
class TagResult:
    """Theme scores for one text, sorted by score."""

    id: str | None
    themes: tuple[ThemeScore, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "themes": [t.to_dict() for t in self.themes]}

    @property
    def assigned(self) -> list[str]:
        return [t.id for t in self.themes if t.assigned]
