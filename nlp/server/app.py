"""The FastAPI application: pages, the JSON API, safety checks, and ``serve``."""
from __future__ import annotations

import ipaddress
import logging
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import PolicylensError, QueryError
from .api import error, router as api_router
from .pages import render, router as pages_router
from .state import Backend
from .views import pct, usd

log = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent
UPLOAD_ROUTES = ("/api/ingest", "/upload", "/tag")
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")

DESCRIPTION = """JSON API over a policylens store, in the shapes of the `policylens` CLI contract
(spec/CONTRACT.md): search results, events, documents, tag results. Errors answer
`{"error": "…"}` with status 400 (bad query), 403 (read-only server), 404, 413 (too large) or 415 (wrong type)."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only."""
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def create_app(store_path: str | Path, *, read_only: bool = False, embedder_name: str | None = None,
               local_only: bool = True) -> FastAPI:
    """The web app over the store at ``store_path``.

    Args:
        read_only: refuse uploads (403) and open nothing for writing.
        embedder_name: embedder for search and tagging (default: the ``embedder`` setting).
        local_only: answer only requests addressed to a loopback host name (guards against DNS rebinding);
            ``serve`` turns it off when told to bind to another address.
    """
    backend = Backend(store_path, read_only=read_only, embedder_name=embedder_name)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        backend.close()

    app = FastAPI(title="policylens", version=__version__, description=DESCRIPTION, docs_url=None,
                  redoc_url=None, lifespan=lifespan)
    app.state.backend = backend
    templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescape is on for .html
    templates.env.autoescape = True
    templates.env.filters.update(usd=usd, pct=pct)
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    app.include_router(api_router)
    app.include_router(pages_router)

    @app.middleware("http")
    async def guard(request: Request, call_next):
        host = request.url.hostname or ""
        if local_only and not is_loopback(host):
            return JSONResponse({"error": f"host {host!r} refused: this server answers on 127.0.0.1/localhost only"},
                                status_code=403)
        if request.method == "POST":
            # A page on another site may post forms to localhost; only our own pages may.
            origin = request.headers.get("origin")
            if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host"):
                return JSONResponse({"error": "cross-site request refused"}, status_code=403)
            if request.url.path in UPLOAD_ROUTES:
                length = request.headers.get("content-length")
                if length and length.isdigit() and int(length) > backend.max_upload_bytes + (1 << 20):
                    return JSONResponse({"error": f"upload larger than the {backend.max_upload_bytes >> 20} MB limit"
                                         " - ingest it with `policylens ingest` or raise POLICYLENS_MAX_UPLOAD_MB"},
                                        status_code=413)
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Content-Security-Policy",
                                    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'")
        return response

    def _api(request: Request) -> bool:
        return request.url.path.startswith("/api/")

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError):
        if _api(request):
            return error(400, str(exc))
        return render(request, "error.html", 400, title="Bad query", message=str(exc))

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError):
        parts = []
        for e in exc.errors():
            where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("body", "query"))
            parts.append(f"{where or 'request'}: {e.get('msg', 'invalid')}")
        return error(400, "; ".join(parts) + " - see /openapi.json for the parameters")

    @app.exception_handler(PolicylensError)
    async def failed(request: Request, exc: PolicylensError):
        log.warning("%s", exc)
        if _api(request):
            return error(500, str(exc))
        return render(request, "error.html", 500, title="Error", message=str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if _api(request) or request.url.path.startswith("/static/"):
            return error(exc.status_code, str(exc.detail))
        return render(request, "error.html", exc.status_code, title=str(exc.detail), message=f"{request.url.path}: {exc.detail}")

    return app


def serve(store_path: str | Path, host: str = "127.0.0.1", port: int = 8000, read_only: bool = False) -> None:
    """Run the web app with uvicorn until interrupted (binds to loopback unless ``host`` says otherwise)."""
    import uvicorn

    local = is_loopback(host)
    if not local:
        log.warning("serving on %s: anyone who can reach this address can read the store%s", host,
                    "" if read_only else " and upload files (consider --read-only)")
    app = create_app(store_path, read_only=read_only, local_only=local)
    uvicorn.run(app, host=host, port=port, log_level="info")
