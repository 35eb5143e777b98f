"""The JSON API under /api: the CLI contract's shapes over HTTP."""
from __future__ import annotations

import io
from typing import Annotated

from fastapi import APIRouter, File, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response

from ..errors import QueryError
from ..export import write_events
from .queries import MAX_K, SearchQuery, find_events, run_search
from .schemas import DocumentOut, Error, EventOut, IngestJobOut, SearchResult, TagRequest, TagResultOut
from .state import Backend
from .uploads import UploadRejected, display_name, save_upload

BAD = {400: {"model": Error, "description": "Bad query: the message says which parameter and how to fix it."}}
DOC_FIELDS = ("doc_id", "title", "path", "pages", "passages", "events", "flags")

router = APIRouter(prefix="/api", tags=["api"])


def _backend(request: Request) -> Backend:
    return request.app.state.backend


def error(status: int, message: str) -> JSONResponse:
    """The API's error answer: ``{"error": message}``."""
    return JSONResponse({"error": message}, status_code=status)


@router.get("/search", response_model=list[SearchResult], responses=BAD, summary="Hybrid search over passages")
def api_search(
    request: Request,
    q: Annotated[str, Query(description="The query, English or Chinese.")] = "",
    k: Annotated[int, Query(ge=1, le=MAX_K, description="How many results (1-100).")] = 10,
    since: Annotated[str | None, Query(description="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(description="Latest date: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    doc: Annotated[str | None, Query(description="Only this document (id, unique id prefix or path).")] = None,
    type: Annotated[str | None, Query(description="Only passages that state an event of this type.")] = None,
    theme: Annotated[str | None, Query(description="Only passages tagged with this theme id.")] = None,
):
    """Ranked passages for `q` (lexical + semantic), as `policylens search --json` prints them."""
    backend = _backend(request)
    with backend.store() as store:
        sq = SearchQuery.parse(store, q, k, since=since, until=until, doc=doc, event_type=type, theme=theme)
        hits = run_search(backend.searcher(), sq)
    return JSONResponse([h.to_dict() for h in hits])


@router.get("/events", response_model=list[EventOut], responses=BAD, summary="Events in the store")
def api_events(
    request: Request,
    type: Annotated[str | None, Query(description="Event type, e.g. tariff or export_control.")] = None,
    since: Annotated[str | None, Query(description="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(description="Latest date (a year includes all of it).")] = None,
    actor: Annotated[str | None, Query(description="Acting party, canonical English name (case-insensitive).")] = None,
    target: Annotated[str | None, Query(description="Targeted party, canonical English name.")] = None,
    doc: Annotated[str | None, Query(description="Only this document (id, unique id prefix or path).")] = None,
    theme: Annotated[str | None, Query(description="Only events of documents (or passages) tagged with this theme id.")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1, description="Drop events below this confidence (0-1).")] = None,
    merge: Annotated[bool, Query(description="Merge mentions of the same event across documents (extra `mentions`).")] = False,
    format: Annotated[str, Query(description="json (default), jsonl or csv (csv/jsonl download as files).")] = "json",
):
    """Stored events matching every filter, in date order (undated last), as `policylens events` gives them."""
    if format not in ("json", "jsonl", "csv"):
        raise QueryError(f"format={format!r}: unknown format - use json, jsonl or csv")
    with _backend(request).store() as store:
        events = find_events(store, type=type, since=since, until=until, actor=actor, target=target, doc=doc,
                             theme=theme, min_confidence=min_confidence, merge=merge)
    if format == "json":
        return JSONResponse([e.to_dict() for e in events])
    buf = io.StringIO()
    write_events(events, format, buf)
    media = "text/csv" if format == "csv" else "application/x-ndjson"
    return Response(buf.getvalue(), media_type=f"{media}; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="events.{format}"'})


@router.get("/docs", response_model=list[DocumentOut], summary="Documents in the store")
def api_docs(request: Request):
    """Every stored document, as `policylens docs --json` prints them."""
    with _backend(request).store() as store:
        docs = store.documents()
    return JSONResponse([{k: d[k] for k in DOC_FIELDS} for d in docs])


@router.post("/tag", response_model=TagResultOut, responses=BAD, summary="Theme tags for a text")
def api_tag(request: Request, item: TagRequest):
    """Scores of every taxonomy theme for `text`, sorted; `assigned` marks those above the threshold."""
    if not item.text.strip():
        raise QueryError("text is blank - send the news item's text")
    result = _backend(request).tagger().tag(item.text, item_id=item.id)
    return JSONResponse(result.to_dict())


@router.post(
    "/ingest", response_model=IngestJobOut, status_code=202, summary="Upload a file to ingest",
    responses={**BAD, 403: {"model": Error, "description": "The server runs with --read-only."},
               413: {"model": Error, "description": "Larger than the max_upload_mb setting."},
               415: {"model": Error, "description": "Not a supported type (extension and content are checked)."}},
)
def api_ingest(request: Request, file: Annotated[UploadFile, File(description="A PDF, .txt, .md, .html or .docx file.")]):
    """Save the upload under the store folder (generated name) and ingest it in the background.

    Poll `GET /api/ingest/{job_id}` until `status` is done, skipped or failed.
    """
    backend = _backend(request)
    if backend.read_only:
        return error(403, "the server runs read-only (--read-only) - ingest with `policylens ingest` instead")
    name = display_name(file.filename)
    try:
        saved, size = save_upload(file.file, name, backend.new_upload_path, backend.max_upload_bytes)
    except UploadRejected as e:
        return error(e.status, str(e))
    job = backend.submit(saved, name, size)
    return JSONResponse(job.to_dict(), status_code=202)


@router.get("/ingest", response_model=list[IngestJobOut], summary="Upload jobs of this server run")
def api_jobs(request: Request):
    """Every upload since the server started, newest first."""
    jobs = _backend(request).list_jobs()
    return JSONResponse([j.to_dict() for j in jobs])


@router.get("/ingest/{job_id}", response_model=IngestJobOut, responses={404: {"model": Error}}, summary="One upload job")
def api_job(request: Request, job_id: str):
    """Where one uploaded file is: queued, running, done, skipped or failed (with the reason)."""
    job = _backend(request).job(job_id)
    if job is None:
        return error(404, f"no upload job {job_id!r} - list them with GET /api/ingest")
    return JSONResponse(job.to_dict())
