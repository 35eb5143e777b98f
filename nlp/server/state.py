"""What the web app holds between requests: a read-only view of the store, the searcher and tagger
(loaded lazily, rebuilt when the store changes), and the single background writer that ingests uploads."""
from __future__ import annotations

import json
import logging
import queue
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import PolicylensError, StoreError
from ..settings import get_setting
from ..store import Store

log = logging.getLogger(__name__)

UPLOAD_DIR = "uploads"
MANIFEST = "manifest.jsonl"


@dataclass
class IngestJob:
    """One uploaded file on its way into the store."""

    job_id: str
    filename: str  # the name the user gave: display only, never a path
    stored_as: str  # generated file name under <store>/uploads
    size: int
    sha256: str = ""  # of the saved file: tells when its document is stored
    status: str = "queued"  # queued | running | done | skipped | failed
    stage: str = ""  # while running: reading | embedding
    message: str = ""
    doc_id: str | None = None
    passages: int = 0
    events: int = 0
    queued_at: float = field(default_factory=time.time)
    started_at: float | None = None
    finished_at: float | None = None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("stored_as")
        d.pop("sha256")
        d["elapsed_s"] = round((self.finished_at or time.time()) - (self.started_at or time.time()), 1)
        return d


class Backend:
    """The store as the web app sees it: reads through one read-only connection, writes in one thread."""

    def __init__(self, store_path: str | Path, *, read_only: bool = False, embedder_name: str | None = None):
        if str(store_path).startswith(("postgresql://", "postgres://")):
            raise StoreError(f"{store_path}: the web page serves a store folder (SQLite), not a PostgreSQL store"
                             " - use the CLI for it, or serve a local store folder")
        self.store_path = Path(store_path)
        self.read_only = read_only
        self.embedder_name = embedder_name
        if not read_only:
            Store(self.store_path).close()  # create and migrate an empty store if there is none yet
        self._reader = Store(self.store_path, read_only=True)
        self._lock = threading.RLock()
        self._searcher: Any = None
        self._searcher_version: int | None = None
        self._tagger: Any = None
        self.jobs: dict[str, IngestJob] = {}
        self._queue: queue.Queue[IngestJob | None] = queue.Queue()
        self._worker: threading.Thread | None = None
        self.max_upload_bytes = int(float(get_setting("max_upload_mb")) * 1024 * 1024)

    # -- reading ---------------------------------------------------------------------------------
    @contextmanager
    def store(self) -> Iterator[Store]:
        """The read-only store, one request at a time (a sqlite3 connection is not shared concurrently)."""
        with self._lock:
            yield self._reader

    def _data_version(self) -> int:
        # Changes whenever another connection (our writer thread, a CLI ingest) commits.
        return self._reader.db.execute("PRAGMA data_version").fetchone()[0]

    def searcher(self) -> Any:
        """A Searcher over the current store contents; call with the store lock held."""
        from ..search import Searcher

        version = self._data_version()
        if self._searcher is None or version != self._searcher_version:
            self._searcher = Searcher(self._reader, embedder_name=self.embedder_name)
            self._searcher_version = version
        return self._searcher

    def tagger(self) -> Any:
        """The theme tagger for the configured taxonomy, loaded once."""
        with self._lock:
            if self._tagger is None:
                from ..tag import load_tagger

                self._tagger = load_tagger(get_setting("taxonomy") or None, embedder_name=self.embedder_name)
            return self._tagger

    def uploaded_names(self) -> dict[str, str]:
        """Stored path -> the file name the user uploaded it under."""
        path = self.store_path / UPLOAD_DIR / MANIFEST
        out: dict[str, str] = {}
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                try:
                    rec = json.loads(line)
                    out[rec["path"]] = rec["filename"]
                except (ValueError, KeyError):
                    continue
        return out

    # -- writing (uploads) -----------------------------------------------------------------------
    def new_upload_path(self, ext: str) -> Path:
        """A fresh generated file name under ``<store>/uploads`` (nothing from the request)."""
        folder = self.store_path / UPLOAD_DIR
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"{uuid.uuid4().hex}{ext}"

    def submit(self, saved: Path, filename: str, size: int) -> IngestJob:
        """Queue a saved upload for ingest by the single writer thread."""
        from ..read import file_sha256

        job = IngestJob(job_id=uuid.uuid4().hex[:12], filename=filename, stored_as=saved.name, size=size,
                        sha256=file_sha256(saved))
        with self._lock:
            self.jobs[job.job_id] = job
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._work, name="policylens-ingest", daemon=True)
                self._worker.start()
        self._queue.put(job)
        return job

    def job(self, job_id: str) -> IngestJob | None:
        """A snapshot of a job with its current stage: its document is stored once reading is over, then
        it is embedded. Taken under the lock, so status and stage always agree."""
        with self._lock:
            job = self.jobs.get(job_id)
            snap = replace(job) if job is not None else None
        if snap is not None and snap.status == "running":
            with self.store() as store:
                snap.stage = "embedding" if store.has_sha(snap.sha256) else "reading"
        return snap

    def list_jobs(self) -> list[IngestJob]:
        """Snapshots of every job of this server run, newest first."""
        with self._lock:
            ids = list(self.jobs)
        jobs = [j for j in map(self.job, ids) if j is not None]
        return sorted(jobs, key=lambda j: j.queued_at, reverse=True)

    def _update(self, job: IngestJob, **fields: Any) -> None:
        """Change a job's fields together, as readers of ``job`` see them."""
        with self._lock:
            for k, v in fields.items():
                setattr(job, k, v)

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            try:
                self._ingest(job)
            except Exception as e:  # a crash in one job must not kill the writer; the job says what happened
                log.exception("ingest of upload %s failed", job.filename)
                self._update(job, status="failed", stage="", message=f"{job.filename}: unexpected error ({e})")
            finally:
                self._update(job, stage="", finished_at=time.time())

    def _ingest(self, job: IngestJob) -> None:
        from ..pipeline import ingest_paths
        from ..read import file_sha256

        self._update(job, status="running", stage="reading", started_at=time.time())
        saved = self.store_path / UPLOAD_DIR / job.stored_as
        errors: list[str] = []
        try:
            with Store(self.store_path) as store:
                report = ingest_paths(
                    [saved], store, embed=True, embedder_name=self.embedder_name, progress=False,
                    on_error=lambda _path, msg: errors.append(msg),
                )
                doc_id = store.resolve_doc_id(str(saved)) or store.resolve_doc_id(file_sha256(saved)[:16])
        except PolicylensError as e:
            errors.append(str(e))
            report, doc_id = None, None
        # Messages name the generated file; the user knows it by the name they uploaded.
        msgs = [m.replace(str(saved), job.filename) for m in errors]
        if report is None or report.failed or errors:
            self._update(job, status="failed", stage="", message="; ".join(msgs) or f"{job.filename}: could not be ingested")
            saved.unlink(missing_ok=True)
            return
        if report.skipped:
            self._update(job, doc_id=doc_id, status="skipped", stage="", message="already in the store (same content)")
            saved.unlink(missing_ok=True)
            return
        with open(self.store_path / UPLOAD_DIR / MANIFEST, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"path": str(saved), "filename": job.filename, "doc_id": doc_id,
                                 "uploaded_at": job.queued_at}, ensure_ascii=False) + "\n")
        self._update(job, doc_id=doc_id, status="done", stage="", passages=report.passages, events=report.events,
                     message=f"{report.passages} passages, {report.events} events, {report.embedded} embedded")

    def close(self, wait_s: float = 5.0) -> None:
        """Stop the writer (after at most ``wait_s`` of the job in progress) and close the reader.

        A job cut short loses nothing stored: each document is one transaction, re-upload the file.
        """
        if self._worker is not None and self._worker.is_alive():
            self._queue.put(None)
            self._worker.join(timeout=wait_s)
        with self._lock:
            self._reader.close()
