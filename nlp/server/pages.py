"""Pages for people: search, documents, events with a timeline, theme tagging, upload."""
from __future__ import annotations

import tempfile
from pathlib import Path
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..errors import InputError, QueryError
from ..lexical import translate_query
from ..read import SUPPORTED
from ..types import EVENT_TYPES
from .markup import highlight
from .queries import SearchQuery, find_events, run_search
from .uploads import UploadRejected, display_name, save_upload
from .views import PAGES_PER_VIEW, TYPE_COLORS, doc_label, label_docs, page_views, page_window, theme_names, timeline

router = APIRouter(include_in_schema=False)


def render(request: Request, template: str, status: int = 200, **ctx) -> Response:
    """A page from ``template`` with the context every page needs."""
    backend = request.app.state.backend
    ctx.update(request=request, read_only=backend.read_only, event_types=EVENT_TYPES, type_colors=TYPE_COLORS,
               themes=theme_names(), store_path=str(backend.store_path))
    return request.app.state.templates.TemplateResponse(request, template, ctx, status_code=status)


@router.get("/", response_class=HTMLResponse)
@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = "", k: str = "10", since: str = "", until: str = "", doc: str = "",
                type: str = "", theme: str = ""):
    """The search box, its filters, and the results for ``q``."""
    backend = request.app.state.backend
    form = dict(q=q, k=k, since=since, until=until, doc=doc, type=type, theme=theme)
    results, error = [], None
    with backend.store() as store:
        docs = label_docs(store.documents(), backend.uploaded_names())
        labels = {d["doc_id"]: d["label"] for d in docs}
        if q.strip():
            try:
                sq = SearchQuery.parse(store, q, k, since=since, until=until, doc=doc, event_type=type, theme=theme)
                hits = run_search(backend.searcher(), sq)
                results = [
                    {"hit": h, "label": labels.get(h.doc_id, h.title), "snippet": highlight(h.text, q, focus=_snippet_sentence(h.snippet)),
                     "url": f"/docs/{h.doc_id}?page={h.page}#p-{h.passage_id}"}
                    for h in hits
                ]
            except QueryError as e:
                error = str(e)
    also = translate_query(q.strip()) if q.strip() and not error else ""
    return render(request, "search.html", 400 if error else 200, form=form, results=results, error=error,
                  docs=docs, searched=bool(q.strip()), also=also)


def _snippet_sentence(snippet: str | None) -> str | None:
    """The searcher's best sentence without its «marks» and trailing ellipsis, to centre the excerpt on."""
    if not snippet:
        return None
    plain = snippet.replace("«", "").replace("»", "").rstrip("…")
    return plain[:60] or None


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request):
    """Every stored document with its counts."""
    backend = request.app.state.backend
    uploaded = backend.uploaded_names()
    with backend.store() as store:
        docs = label_docs(store.documents(), uploaded)
    return render(request, "docs.html", docs=docs, uploaded=uploaded)


@router.get("/docs/{doc_id}", response_class=HTMLResponse)
def doc_page(request: Request, doc_id: str, page: str = ""):
    """A document's clean text by page (blocks of pages), its footnotes and tables, events and themes."""
    backend = request.app.state.backend
    uploaded = backend.uploaded_names()
    with backend.store() as store:
        full_id = store.resolve_doc_id(doc_id)
        if full_id is None:
            return render(request, "error.html", 404, title="No such document",
                          message=f"{doc_id}: no such document in the store - see the list of documents.")
        doc = store.get_document(full_id)
        passages = store.passages(full_id)
        events = store.events(doc_id=full_id)
        themes = store.doc_themes(full_id)
    try:
        page_no = int(page) if page else None
    except ValueError:
        page_no = None
    window = page_window(len(doc.pages), page_no)
    blocks = [(b, min(b + PAGES_PER_VIEW - 1, len(doc.pages))) for b in range(1, len(doc.pages) + 1, PAGES_PER_VIEW)]
    return render(request, "doc.html", doc=doc, pages=page_views(doc, passages, events, window), window=window,
                  blocks=blocks, events=events, doc_themes=themes, n_passages=len(passages),
                  uploaded_as=uploaded.get(doc.path), label=doc_label(doc.title, doc.path, uploaded))


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, type: str = "", since: str = "", until: str = "", actor: str = "", target: str = "",
                doc: str = "", theme: str = "", merge: str = ""):
    """Events table (sortable in the page), downloads, and a timeline of events by type."""
    backend = request.app.state.backend
    form = dict(type=type, since=since, until=until, actor=actor, target=target, doc=doc, theme=theme,
                merge="true" if merge in ("1", "true", "on") else "")
    events, error = [], None
    with backend.store() as store:
        docs = label_docs(store.documents(), backend.uploaded_names())
        try:
            events = find_events(store, **{**form, "merge": bool(form["merge"])})
        except QueryError as e:
            error = str(e)
    query = urlencode({k: v for k, v in form.items() if v})
    titles = {d["doc_id"]: d["label"] for d in docs}
    return render(request, "events.html", 400 if error else 200, form=form, events=events, error=error, docs=docs,
                  titles=titles, chart=timeline(events), query=query)


@router.get("/tag", response_class=HTMLResponse)
def tag_page(request: Request):
    """A box to paste (or a file to upload) a news item."""
    return render(request, "tag.html", text="", result=None, error=None)


@router.post("/tag", response_class=HTMLResponse)
async def tag_submit(request: Request):
    """Themes with scores for the pasted text or the uploaded file."""
    backend = request.app.state.backend
    form = await request.form()
    text = str(form.get("text") or "")
    upload = form.get("file")
    error = None
    if upload is not None and getattr(upload, "filename", ""):
        try:
            text = _read_upload_text(upload, backend.max_upload_bytes)
        except (UploadRejected, InputError) as e:
            error = str(e)
    if not error and not text.strip():
        error = "Nothing to tag: paste a text or choose a file."
    result = None
    if not error:
        from starlette.concurrency import run_in_threadpool

        result = await run_in_threadpool(lambda: backend.tagger().tag(text))  # loading the model blocks
    return render(request, "tag.html", 400 if error else 200, text=text, result=result, error=error)


def _read_upload_text(upload, max_bytes: int) -> str:
    """The text of an uploaded file, read by the normal readers from a temporary file with a generated name."""
    from ..read import read_document

    name = display_name(upload.filename)
    with tempfile.TemporaryDirectory(prefix="policylens-tag-") as tmp:
        saved, _ = save_upload(upload.file, name, lambda ext: Path(tmp) / f"item{ext}", max_bytes)
        try:
            return read_document(saved).text
        except InputError as e:
            raise UploadRejected(str(e).replace(str(saved), name)) from None


@router.get("/upload", response_class=HTMLResponse)
def upload_page(request: Request):
    """Drop files to ingest; progress of this run's uploads."""
    backend = request.app.state.backend
    jobs = backend.list_jobs()
    return render(request, "upload.html", 403 if backend.read_only else 200, jobs=jobs, supported=SUPPORTED,
                  max_mb=backend.max_upload_bytes // (1024 * 1024))


@router.post("/upload")
async def upload_submit(request: Request):
    """Form fallback without JavaScript: queue the files and show the upload page."""
    backend = request.app.state.backend
    if backend.read_only:
        return render(request, "error.html", 403, title="Read-only", message="This server runs read-only: uploads are off.")
    form = await request.form()
    errors = []
    for upload in form.getlist("file"):
        if not getattr(upload, "filename", ""):
            continue
        name = display_name(upload.filename)
        try:
            saved, size = save_upload(upload.file, name, backend.new_upload_path, backend.max_upload_bytes)
        except UploadRejected as e:
            errors.append(str(e))
            continue
        backend.submit(saved, name, size)
    if errors:
        return render(request, "error.html", 400, title="Upload refused", message="; ".join(errors))
    return RedirectResponse("/upload", status_code=303)
