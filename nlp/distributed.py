"""Ingest on a Ray cluster: the pure stages and embedding run as Ray tasks, the driver writes the store.

read -> clean -> segment -> extract (``pipeline.parse_file``, one task per file) and embedding (one task per
batch of passage texts) run on the cluster's workers; this process streams each result into the store as it
arrives, one transaction per document, so a crash loses nothing already stored and a re-run resumes. Files
travel as bytes, so workers need no shared filesystem. Transient failures (OSError, MemoryError, a worker
that died) are retried; a file that still fails is reported with its path, never dropped silently.
"""
from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from .errors import InputError, PolicylensError, UnreadableFile
from .pipeline import IngestReport, Parsed, expand_paths, parse_file, store_parsed, tag_store
from .store import Store

TRANSIENT = (OSError, MemoryError, TimeoutError, ConnectionError)
RETRIES = 2  # attempts after the first, for transient errors and dead workers
EMBED_BATCH = 256  # passage texts per embedding task


def _parse_bytes(
    name: str, data: bytes, password: str | None, ocr: bool, parse: Callable[..., Parsed]
) -> Parsed | tuple[type, str, str | None]:
    """Ray task body: parse one file's bytes under its own name; an InputError comes back as (class, reason, fix)."""
    with tempfile.TemporaryDirectory(prefix="policylens-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            return parse(path, password=password, ocr=ocr)
        except InputError as e:
            # A bad file is an answer, not a failure: returned (so Ray does not retry it), as its parts.
            return type(e), e.reason, e.fix


def _embed_texts(embedder_name: str | None, texts: list[str]) -> tuple[str, Any]:
    """Ray task body: (model name, vectors) for passage texts; the model stays loaded in the worker."""
    from .embed import load_embedder

    embedder = load_embedder(embedder_name)
    return embedder.name, embedder.embed_passages(texts) if texts else None


def connect(address: str, *, num_cpus: int | None = None) -> bool:
    """Join the Ray cluster at ``address`` (``local``: start one here); True if this call started Ray."""
    try:
        import ray
    except ImportError as e:
        raise PolicylensError("--ray needs Ray, which is not installed - run `pip install 'policylens[ray]'`") from e
    if ray.is_initialized():
        return False
    # Ship this very nlp package and the POLICYLENS_* settings to the workers: they run the driver's code
    # with the driver's configuration.
    pkg = str(Path(__file__).resolve().parent)
    settings = {k: v for k, v in os.environ.items() if k.startswith("POLICYLENS_")}
    runtime_env: dict[str, Any] = {"py_modules": [pkg], "env_vars": settings}
    common: dict[str, Any] = dict(include_dashboard=False, log_to_driver=False, runtime_env=runtime_env)
    try:
        if address == "local":
            ray.init(num_cpus=num_cpus, **common)
        else:
            ray.init(address=address, **common)
    except (ConnectionError, RuntimeError, ValueError) as e:
        raise PolicylensError(
            f"{address}: cannot join the Ray cluster ({e}) - check the address (`ray status` on the head node) or use --ray local"
        ) from e
    return True


def ingest_paths_ray(
    paths: Sequence[str | Path],
    store: Store,
    *,
    address: str = "local",
    num_cpus: int | None = None,
    embed: bool = True,
    ocr: bool = False,
    password: str | None = None,
    embedder_name: str | None = None,
    on_error: Callable[[str, str], None] | None = None,
    progress: bool = True,
    parse: Callable[..., Parsed] = parse_file,
    retries: int = RETRIES,
    reprocess: bool = False,
) -> IngestReport:
    """Ingest files and folders into ``store`` with the parsing and embedding done on a Ray cluster.

    Same result as ``pipeline.ingest_paths`` on the same files. ``num_cpus`` sizes a ``local`` cluster;
    ``parse`` is the per-file stage (tests pass a flaky one to exercise retries).
    """
    from tqdm import tqdm

    from .settings import get_setting

    started = connect(address, num_cpus=num_cpus)
    embedder_name = get_setting("embedder", embedder_name)  # resolved here: workers may not share our environment
    import ray

    report = IngestReport()

    def fail(path: str, msg: str) -> None:
        report.failed.append((path, msg))
        if on_error:
            on_error(path, msg)

    try:
        task = ray.remote(max_retries=retries, retry_exceptions=list(TRANSIENT))(_parse_bytes)
        window = max(2, 2 * int(ray.cluster_resources().get("CPU", 1)))
        files = [str(f) for f in expand_paths(paths)]
        bar = tqdm(total=len(files), desc="reading", unit="file", file=sys.stderr, disable=not progress or None)
        pending: dict[Any, str] = {}
        todo = iter(files)
        try:
            while True:
                while len(pending) < window and (path := next(todo, None)) is not None:
                    try:
                        data = Path(path).read_bytes()
                    except OSError as e:
                        bar.update(1)
                        fail(path, str(UnreadableFile(path, f"cannot open ({e.strerror})", "check the path and permissions")))
                        continue
                    if data and not reprocess and store.has_sha(hashlib.sha256(data).hexdigest()):
                        bar.update(1)
                        report.skipped.append(path)
                        continue
                    pending[task.remote(Path(path).name, data, password, ocr, parse)] = path
                if not pending:
                    break
                done, _ = ray.wait(list(pending), num_returns=1)
                path = pending.pop(done[0])
                bar.update(1)
                _store_result(path, done[0], store, report, fail, retries, reprocess)
        finally:
            bar.close()
            for ref in pending:
                ray.cancel(ref)
        if embed:
            report.embedded = _embed_remote(store, embedder_name, retries, progress)
        if report.added:
            tag_store(store, embedder_name=embedder_name if embed else "hash-lexical")
    finally:
        if started:
            ray.shutdown()
    return report


def _store_result(path: str, ref: Any, store: Store, report: IngestReport, fail: Callable[[str, str], None], retries: int,
                  reprocess: bool = False) -> None:
    import ray

    try:
        res = ray.get(ref)
    except Exception as e:  # noqa: BLE001 - reported per file with its cause, the batch goes on
        cause = getattr(e, "cause", None) or e
        kind = "failed" if isinstance(cause, TRANSIENT) else "unexpected error"
        fail(path, f"{path}: {kind} on the Ray cluster after {retries + 1} attempt(s) ({type(cause).__name__}: {cause})"
                   " - check the file and the workers' logs, then run the same command again")
        return
    if isinstance(res, tuple):
        cls, reason, fix = res
        fail(path, str(cls(path, reason, fix)))
        return
    store_parsed(store, path, Parsed(replace(res.doc, path=path), res.passages, res.events), report, fail, reprocess=reprocess)


def _embed_remote(store: Store, embedder_name: str | None, retries: int, progress: bool) -> int:
    """Embed every passage text with no vector yet, in batches on the cluster; stored as they come back."""
    import ray
    from tqdm import tqdm

    task = ray.remote(max_retries=retries, retry_exceptions=list(TRANSIENT))(_embed_texts)
    model, _ = ray.get(task.remote(embedder_name, []))  # the model's name keys the vector cache
    todo = store.missing_vectors(model)
    done = 0
    if todo:
        batches = {task.remote(embedder_name, [t for _, t in todo[i : i + EMBED_BATCH]]): i
                   for i in range(0, len(todo), EMBED_BATCH)}
        bar = tqdm(total=len(todo), desc="embedding", unit="passage", file=sys.stderr, disable=not progress or None)
        try:
            while batches:
                ready, _ = ray.wait(list(batches), num_returns=1)
                i = batches.pop(ready[0])
                _, vecs = ray.get(ready[0])  # an embedding failure after retries is not a per-file problem: raise
                chunk = todo[i : i + EMBED_BATCH]
                store.put_vectors([h for h, _ in chunk], model, vecs)  # committed per batch: resumable
                done += len(chunk)
                bar.update(len(chunk))
        finally:
            bar.close()
    _embed_contexts_here(store, embedder_name, progress)
    return done


def _embed_contexts_here(store: Store, embedder_name: str | None, progress: bool) -> None:
    """The section contexts search scores beside passages: few and short, so embedded here, not on the cluster."""
    from .context import embed_contexts
    from .embed import load_embedder

    embed_contexts(store, load_embedder(embedder_name), progress=progress)
