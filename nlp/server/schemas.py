"""Pydantic models that describe the JSON API in /openapi.json (the shapes of spec/CONTRACT.md)."""
from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

EventType = Literal["tariff", "export_control", "sanction", "investment_restriction", "relocation", "trade_agreement", "other"]


class Error(BaseModel):
    """Every 4xx/5xx answer of the API."""

    error: str = Field(description="What was wrong and how to fix it, in one line.")


class SearchResult(BaseModel):
    """One ranked passage (the CLI's `search --json` item)."""

    rank: int = Field(description="1-based rank.")
    score: float = Field(description="Hybrid relevance score (higher is better).")
    doc_id: str
    title: str = Field(description="Title of the document the passage is in.")
    page: int = Field(description="1-based page number of the passage.")
    passage_id: str
    text: str = Field(description="The whole passage text.")
    snippet: str | None = Field(None, description="Optional excerpt for people.")


class EventOut(BaseModel):
    """A policy event with its evidence (the CLI's `events --format jsonl` line)."""

    model_config = ConfigDict(extra="allow")

    id: str
    type: EventType
    date: str | None = Field(description="ISO 8601 as precise as the text allows: YYYY-MM-DD, YYYY-MM or YYYY.")
    actor: str | None = Field(description="Canonical English name of the acting party.")
    target: list[str]
    instrument: str | None
    amount_usd: int | float | None = Field(description="Amount in US dollars.")
    rate_pct: float | list[float] | None = Field(description="A rate, or [low, high] for a range.")
    items: int | None = Field(description="Number of tariff lines / items / entities.")
    products: str | None
    destination: list[str]
    status: Literal["implemented", "planned", "considering", "suspended", "revoked"] | None
    confidence: float
    doc_id: str | None
    page: int | None
    evidence: str = Field(description="The exact span of the document's extracted text that states the event.")


class DocumentOut(BaseModel):
    """A stored document (the CLI's `docs --json` line)."""

    doc_id: str
    title: str
    path: str = Field(description="Where the file was ingested from (uploads: a generated name in the store).")
    pages: int
    passages: int
    events: int
    flags: list[str] = Field(description='Document-level flags, e.g. ["image_only_pages"].')


class TagRequest(BaseModel):
    """A news item or any text to tag with themes."""

    text: str = Field(min_length=1, max_length=2_000_000, description="The text to tag (English or Chinese).")
    id: str | None = Field(None, description="Optional id echoed in the result.")


class ThemeScoreOut(BaseModel):
    id: str = Field(description="Theme id from the taxonomy.")
    score: float
    assigned: bool = Field(description="Score above the taxonomy's threshold.")


class TagResultOut(BaseModel):
    """Theme scores for one text, sorted by score (the CLI's `tag --json`)."""

    id: str | None
    themes: list[ThemeScoreOut]


class IngestJobOut(BaseModel):
    """An uploaded file being ingested in the background; poll `GET /api/ingest/{job_id}`."""

    job_id: str
    filename: str = Field(description="The uploaded file's name (display only).")
    size: int = Field(description="Bytes received.")
    status: Literal["queued", "running", "done", "skipped", "failed"]
    stage: str = Field(description="While running: reading (read, clean, extract events, store) or embedding (embed, tag).")
    message: str
    doc_id: str | None = Field(description="The stored document, once done (or the earlier copy when skipped).")
    passages: int
    events: int
    queued_at: float
    started_at: float | None
    finished_at: float | None
    elapsed_s: float
