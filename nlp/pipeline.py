"""Ingest: the stages, visible in one place.

read -> clean -> segment -> extract events (pure, in worker processes) -> store (one transaction per
document, in this process) -> embed the passages not embedded yet -> tag documents.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import InputError, PolicylensError, UnsupportedFormat
from .events import extract_events
from .read import SUPPORTED, file_sha256, read_document, real_path
from .segment import split_passages
from .store import Store
from .types import Document, Event, Passage

log = logging.getLogger(__name__)


@dataclass
class Parsed:
    """What the pure stages make of one file."""

    doc: Document
    passages: list[Passage]
    events: list[Event]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)  # paths stored
    skipped: list[str] = field(default_factory=list)  # already stored (same content hash)
    unsupported: list[str] = field(default_factory=list)  # files found in folders that policylens cannot read
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, message)
    replaced: set[str] = field(default_factory=set)  # content hashes stored again by this run (reprocess)
    embedded: int = 0
    passages: int = 0
    events: int = 0


def parse_file(path: str | Path, *, password: str | None = None, ocr: bool = False) -> Parsed:
    """Run the pure stages on one file."""
    doc = read_document(path, password=password, ocr=ocr)
    passages = split_passages(doc)
    events = extract_events(doc, passages)
    return Parsed(doc, passages, events)


def _parse_or_error(args: tuple[str, str | None, bool]) -> Parsed | InputError:
    path, password, ocr = args
    try:
        return parse_file(path, password=password, ocr=ocr)
    except InputError as e:
        return e


def expand_paths(paths: Iterable[str | Path], unsupported: list[Path] | None = None) -> Iterator[Path]:
    """Files under the given paths (folders recursively, supported types only), in a stable order.

    Files named directly are yielded whatever their type (reading them reports an unsupported one); the
    unsupported files found in folders are appended to ``unsupported`` (hidden files are ignored).
    """
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if not f.is_file() or f.name.startswith("."):
                    continue
                if f.suffix.lower() in SUPPORTED:
                    yield f
                elif unsupported is not None:
                    unsupported.append(f)
        else:
            yield p


_READS = "policylens reads " + ", ".join(SUPPORTED)


def ingest_paths(
    paths: Sequence[str | Path],
    store: Store,
    *,
    workers: int = 1,
    embed: bool = True,
    ocr: bool = False,
    password: str | None = None,
    embedder_name: str | None = None,
    on_error: Callable[[str, str], None] | None = None,
    progress: bool = True,
    reprocess: bool = False,
) -> IngestReport:
    """Ingest files and folders into ``store``. One bad file never stops the batch.

    A file whose content is stored already is skipped, unless ``reprocess``: then it is read, cut and
    extracted again and replaces its stored version (after a reader or segmenter upgrade; vectors of
    unchanged passage texts are kept, so only new texts are embedded).
    """
    from tqdm import tqdm

    report = IngestReport()
    todo: list[str] = []
    unsupported: list[Path] = []
    for f in expand_paths(paths, unsupported):
        try:
            if not reprocess and f.exists() and f.is_file() and f.stat().st_size and store.has_sha(file_sha256(f)):
                report.skipped.append(str(f))
                continue
        except OSError:
            pass  # read_document reports it with a proper message
        todo.append(str(f))

    def fail(path: str, msg: str) -> None:
        report.failed.append((path, msg))
        if on_error:
            on_error(path, msg)

    _report_unsupported(paths, unsupported, report, fail, anything=bool(todo or report.skipped))
    jobs = [(p, password, ocr) for p in todo]
    bar = tqdm(total=len(jobs), desc="reading", unit="file", file=sys.stderr, disable=not progress or None)
    if workers > 1 and len(jobs) > 1:
        pool = ProcessPoolExecutor(max_workers=workers)
        results: Iterable[Parsed | InputError] = pool.map(_parse_or_error, jobs, chunksize=1)
    else:
        pool = None
        results = map(_parse_or_error, jobs)
    try:
        for (path, _, _), res in zip(jobs, results):
            bar.update(1)
            if isinstance(res, InputError):
                fail(path, str(res))
                continue
            if not store_parsed(store, path, res, report, fail, reprocess=reprocess):
                continue
            n_image = sum(1 for pg in res.doc.pages if "image_only" in pg.flags and "ocr" not in pg.flags)
            if n_image:
                log.warning("%s: %d image-only page(s) have no text - re-run with --ocr (needs tesseract-ocr)", path, n_image)
    finally:
        bar.close()
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    if embed:
        report.embedded = embed_store(store, embedder_name=embedder_name, progress=progress)
    if report.added:
        tag_store(store, embedder_name=embedder_name if embed else "hash-lexical")
    return report


def _report_unsupported(paths: Sequence[str | Path], unsupported: list[Path], report: IngestReport,
                        fail: Callable[[str, str], None], *, anything: bool) -> None:
    """Name every file skipped for its type (a warning on stderr); when nothing at all could be read,
    each folder given that held only such files is a failure, so the run exits 1."""
    for f in unsupported:
        report.unsupported.append(str(f))
        log.warning("%s: unsupported file type '%s' - skipped (%s)", f, f.suffix.lower() or "(none)", _READS)
    if anything or not unsupported:
        return
    for p in map(Path, paths):
        if not p.is_dir():
            continue
        found = [f for f in unsupported if p == f.parent or p in f.parents]
        if found:
            types = ", ".join(sorted({f.suffix.lower() or "(none)" for f in found}))
            fail(str(p), str(UnsupportedFormat(
                str(p), f"no file policylens can read ({len(found)} skipped: {types})", "convert them to one of " + ", ".join(SUPPORTED),
            )))


def store_parsed(store: Store, path: str, res: Parsed, report: IngestReport, fail: Callable[[str, str], None], *,
                 reprocess: bool = False) -> bool:
    """Write one parsed file in its own transaction and count it; False when skipped or failed.

    Content stored already is skipped (the same content under two names in one batch, too); with
    ``reprocess`` it replaces the stored version once per run. The document is stored under its absolute
    real path, so the same file named two ways ("notes/a.md", "/home/me/notes/a.md") replaces itself.
    """
    real = str(real_path(res.doc.path))
    if res.doc.path != real:
        res = Parsed(replace(res.doc, path=real), res.passages, res.events)
    sha = res.doc.sha256
    if store.has_sha(sha) and not (reprocess and sha not in report.replaced):
        report.skipped.append(path)
        return False
    try:
        store.add_document(res.doc, res.passages, res.events)
    except PolicylensError as e:
        fail(path, str(e))
        return False
    if reprocess:
        report.replaced.add(sha)
    report.added.append(path)
    report.passages += len(res.passages)
    report.events += len(res.events)
    return True


def embed_store(store: Store, *, embedder_name: str | None = None, batch_size: int = 32, progress: bool = True) -> int:
    """Embed every passage text that has no vector for the store's embedder yet. Resumable."""
    from .context import embed_contexts
    from .embed import embed_into_store, load_embedder

    embedder = load_embedder(embedder_name)
    todo = store.missing_vectors(embedder.name)
    done = embed_into_store(store, embedder, todo, embedder.name, batch_size=batch_size, progress=progress)
    embed_contexts(store, embedder, progress=progress)  # the section contexts search scores beside passages
    return done


def tag_store(store: Store, *, embedder_name: str | None = None) -> int:
    """Tag the stored documents that have no themes yet with the default taxonomy."""
    from .tag import tag_stored_documents

    return tag_stored_documents(store, embedder_name=embedder_name)
