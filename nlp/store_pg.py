"""The shared store: the same tables and methods as the SQLite Store, in a PostgreSQL server.

Opened by ``open_store("postgresql://user@host:5432/db")``. Several processes and machines may write at
once: documents are keyed by content hash, each document is written in one transaction under an advisory
lock on its id and path (so concurrent ingests of overlapping files store each document exactly once), and
vector writes are serialised so that vector ids grow in commit order (the watermark ``vectors_since`` reads).
Schema migrations are versioned in the ``schema_version`` table and applied under an advisory lock.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from .errors import StoreError
from .store import events_query, filter_target, filter_written_actor, text_hash, written_name
from .store_pg_schema import (  # noqa: F401 - SCHEMA_VERSION is part of this module's API
    INSERT_DOC,
    INSERT_PAGE,
    INSERT_PASSAGE,
    INSERT_TABLE,
    MIGRATIONS,
    PASSAGE_COLS,
    SCHEMA_VERSION,
    SELECT_DOCS,
    UPSERT_EVENT,
    UPSERT_VECTOR,
)
from .types import Document, Event, Page, Passage, Table, ThemeScore

MIGRATION_LOCK = 0x706C6C656E73  # advisory lock keys: constants for the schema and the vector writer
VECTOR_LOCK = MIGRATION_LOCK + 1
RETRIES = 3  # deadlocks and serialisation failures between concurrent writers are retried


def _lock_key(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def _display(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        from psycopg.conninfo import conninfo_to_dict

        d = conninfo_to_dict(url)
    except Exception:  # noqa: BLE001 - a malformed URL is reported by connect()
        return url.split("@")[-1]
    return f"postgresql://{d.get('host', 'localhost')}:{d.get('port', 5432)}/{d.get('dbname', '')}"


class PgStore:
    """A policylens store in the PostgreSQL database at ``url`` (tables created if missing)."""

    def __init__(self, url: str, *, read_only: bool = False):
        try:
            import psycopg
        except ImportError as e:
            raise StoreError(f"{_display(url)}: the PostgreSQL store needs psycopg - run `pip install 'psycopg[binary]'`") from e
        self._pg = psycopg
        self.url = url
        self.path = _display(url)
        self.read_only = read_only
        try:
            self.db = psycopg.connect(url, autocommit=True, connect_timeout=15)
        except psycopg.Error as e:
            raise StoreError(f"{self.path}: cannot connect ({str(e).strip().splitlines()[0]}) - check that the server runs and the URL") from e
        try:
            if read_only:
                self.db.execute("SET default_transaction_read_only = on")
                self._check_schema()
            else:
                self._migrate()
        except BaseException:
            self.db.close()
            raise

    # -- lifecycle -------------------------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "PgStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _q(self, sql: str, args: Sequence[Any] | None = None) -> list[tuple]:
        try:
            cur = self.db.execute(sql, args)
            return cur.fetchall() if cur.description else []
        except self._pg.Error as e:
            raise StoreError(f"{self.path}: query failed ({str(e).strip().splitlines()[0]})") from e

    @contextmanager
    def _write(self, what: str) -> Iterator[Any]:
        """One transaction; every database error becomes a StoreError naming ``what``."""
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only - cannot {what}")
        try:
            with self.db.transaction():
                yield self.db.cursor()
        except self._pg.Error as e:
            raise StoreError(f"{self.path}: could not {what} ({str(e).strip().splitlines()[0]}) - nothing of it was stored") from e

    def schema_version(self) -> int:
        """The schema version of the database (0: no policylens tables yet)."""
        rows = self._q("SELECT to_regclass('schema_version') IS NOT NULL")
        if not rows[0][0]:
            return 0
        return int(self._q("SELECT COALESCE(MAX(version), 0) FROM schema_version")[0][0])

    def _check_schema(self) -> None:
        version = self.schema_version()
        if version == 0:
            raise StoreError(f"{self.path}: no store here - run `policylens ingest PATH --store URL` first")
        if version > SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema v{version} is newer than this policylens (v{SCHEMA_VERSION}) - upgrade policylens")

    def _migrate(self) -> None:
        with self._write("migrate the schema") as cur:
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            cur.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            version = cur.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(f"{self.path}: store schema v{version} is newer than this policylens (v{SCHEMA_VERSION}) - upgrade policylens")
            for v in range(version, SCHEMA_VERSION):
                cur.execute(MIGRATIONS[v])
                cur.execute("INSERT INTO schema_version (version) VALUES (%s)", (v + 1,))

    # -- documents -------------------------------------------------------------------------------
    def has_sha(self, sha256: str) -> bool:
        return bool(self._q("SELECT 1 FROM documents WHERE sha256 = %s", (sha256,)))

    def add_document(self, doc: Document, passages: Sequence[Passage], events: Sequence[Event] = ()) -> None:
        """Store a document with its pages, tables, passages and events in one transaction.

        A document previously stored from the same path with other content is replaced.
        """
        for attempt in range(RETRIES):
            try:
                with self._write(f"store {doc.path}") as cur:
                    # Writers of the same content or the same path queue here; sorted keys cannot deadlock.
                    for key in sorted({_lock_key("doc:" + doc.doc_id), _lock_key("path:" + doc.path)}):
                        cur.execute("SELECT pg_advisory_xact_lock(%s)", (key,))
                    cur.execute("DELETE FROM documents WHERE path = %s OR doc_id = %s", (doc.path, doc.doc_id))
                    self._insert(cur, doc, passages, events)
                return
            except StoreError as e:
                transient = isinstance(e.__cause__, (self._pg.errors.DeadlockDetected, self._pg.errors.SerializationFailure))
                if not transient or attempt == RETRIES - 1:
                    raise

    def _insert(self, cur: Any, doc: Document, passages: Sequence[Passage], events: Sequence[Event]) -> None:
        cur.execute(
            INSERT_DOC,
            (doc.doc_id, doc.sha256 or doc.doc_id, doc.path, doc.title, len(doc.pages), json.dumps(list(doc.flags)),
             doc.date, json.dumps(doc.meta, ensure_ascii=False, default=str), time.time()),
        )
        cur.executemany(
            INSERT_PAGE,
            [(doc.doc_id, p.number, p.text, json.dumps(list(p.footnotes), ensure_ascii=False), json.dumps(list(p.flags)))
             for p in doc.pages],
        )
        cur.executemany(
            INSERT_TABLE,
            [(doc.doc_id, i, t.page, json.dumps(t.to_dict(), ensure_ascii=False)) for i, t in enumerate(doc.tables)],
        )
        cur.executemany(
            INSERT_PASSAGE,
            [(p.passage_id, doc.doc_id, i, p.page, p.start, p.end, p.text, p.heading, p.script, p.kind, p.table_index,
              text_hash(p.text)) for i, p in enumerate(passages)],
        )
        cur.executemany(
            UPSERT_EVENT,
            [(e.id, e.doc_id, e.type, e.date, e.actor, e.confidence,
              json.dumps({**e.to_dict(), "start": e.start, "end": e.end, "source": e.source}, ensure_ascii=False))
             for e in events],
        )

    def remove_document(self, doc_id: str) -> None:
        with self._write(f"remove {doc_id}") as cur:
            cur.execute("DELETE FROM documents WHERE doc_id = %s", (doc_id,))  # cascades to every child table

    def documents(self) -> list[dict[str, Any]]:
        """Summaries in the CONTRACT's ``docs --json`` shape (plus date)."""
        return [
            {"doc_id": r[0], "title": r[1], "path": r[2], "pages": r[3], "passages": r[8], "events": r[9],
             "flags": json.loads(r[4]), "date": r[5]}
            for r in self._q(SELECT_DOCS)
        ]

    def resolve_doc_id(self, ref: str) -> str | None:
        """A full doc id from an id, a unique id prefix, or a stored path."""
        rows = self._q("SELECT doc_id FROM documents WHERE doc_id = %s OR path = %s LIMIT 1", (ref, ref))
        if rows:
            return rows[0][0]
        rows = self._q("SELECT doc_id FROM documents WHERE doc_id LIKE %s LIMIT 2", (ref + "%",))
        return rows[0][0] if len(rows) == 1 else None

    def get_document(self, doc_id: str) -> Document | None:
        rows = self._q("SELECT doc_id, path, title, flags, sha256, date, meta FROM documents WHERE doc_id = %s", (doc_id,))
        if not rows:
            return None
        r = rows[0]
        pages = tuple(
            Page(number=n, text=t, footnotes=tuple(json.loads(f)), flags=tuple(json.loads(fl)))
            for n, t, f, fl in self._q("SELECT number, text, footnotes, flags FROM pages WHERE doc_id = %s ORDER BY number", (doc_id,))
        )
        tables = tuple(
            Table.from_dict(json.loads(d)) for (d,) in self._q("SELECT data FROM doc_tables WHERE doc_id = %s ORDER BY idx", (doc_id,))
        )
        return Document(
            doc_id=r[0], path=r[1], title=r[2], pages=pages, tables=tables, flags=tuple(json.loads(r[3])),
            sha256=r[4], date=r[5], meta=json.loads(r[6]),
        )

    # -- passages --------------------------------------------------------------------------------
    def passages(self, doc_id: str | None = None) -> list[Passage]:
        if doc_id is None:
            rows = self._q(f"SELECT {PASSAGE_COLS} FROM passages ORDER BY doc_id, seq")
        else:
            rows = self._q(f"SELECT {PASSAGE_COLS} FROM passages WHERE doc_id = %s ORDER BY seq", (doc_id,))
        return [Passage(*r) for r in rows]

    def get_passages(self, passage_ids: Iterable[str]) -> dict[str, Passage]:
        rows = self._q(f"SELECT {PASSAGE_COLS} FROM passages WHERE passage_id = ANY(%s)", (list(passage_ids),))
        return {r[0]: Passage(*r) for r in rows}

    def count_passages(self) -> int:
        return int(self._q("SELECT COUNT(*) FROM passages")[0][0])

    def passage_texts(self) -> list[tuple[str, str]]:
        """(passage_id, text) of every passage, in the order they were stored."""
        return [(r[0], r[1]) for r in self._q("SELECT passage_id, text FROM passages ORDER BY row_id")]

    def passage_headings(self) -> list[tuple[str, str, str | None]]:
        """(passage_id, doc_id, heading) of every passage, by document and position in it."""
        return [tuple(r) for r in self._q("SELECT passage_id, doc_id, heading FROM passages ORDER BY doc_id, seq")]

    # -- caches of derived indexes (search) ------------------------------------------------------
    @property
    def index_dir(self) -> Path:
        """Folder for indexes derived from this store (BM25, ANN): a local cache, one per server and database."""
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        return base / "policylens" / ("pg-" + hashlib.sha1(self.path.encode()).hexdigest()[:16])

    def state_key(self) -> str:
        """A key that changes whenever the stored passages change: derived indexes are valid for one key."""
        n, last = self._q("SELECT COUNT(*), COALESCE(MAX(row_id), 0) FROM passages")[0]
        docs = hashlib.sha1("".join(r[0] for r in self._q("SELECT doc_id FROM documents ORDER BY doc_id")).encode())
        stamp = float(self._q("SELECT COALESCE(MAX(ingested_at), 0) FROM documents")[0][0])  # as the SQLite store
        return hashlib.sha1(f"{n}:{last}:{docs.hexdigest()}:{stamp!r}".encode()).hexdigest()

    def count_vectors(self, model: str) -> int:
        """How many distinct passage texts have a vector of ``model``."""
        return int(self._q("SELECT COUNT(*) FROM vectors WHERE model = %s", (model,))[0][0])

    # -- vectors (cached by passage text hash, per model) ---------------------------------------
    def missing_vectors(self, model: str) -> list[tuple[str, str]]:
        """(text_hash, text) of passages with no vector for ``model`` yet, one per distinct text."""
        rows = self._q(
            "SELECT p.text_hash, MIN(p.text) FROM passages p LEFT JOIN vectors v"
            " ON v.text_hash = p.text_hash AND v.model = %s WHERE v.text_hash IS NULL GROUP BY p.text_hash"
            " ORDER BY MIN(p.row_id)",
            (model,),
        )
        return [(h, t) for h, t in rows]

    def put_vectors(self, hashes: Sequence[str], model: str, vecs: np.ndarray) -> None:
        """Store float16 vectors for the given text hashes (one transaction)."""
        v16 = np.asarray(vecs, dtype=np.float16)
        with self._write(f"store {len(hashes)} vectors") as cur:
            # One vector writer at a time: ids then become visible in increasing order (see vectors_since).
            cur.execute("SELECT pg_advisory_xact_lock(%s)", (VECTOR_LOCK,))
            cur.executemany(UPSERT_VECTOR, [(h, model, v16[i].tobytes()) for i, h in enumerate(hashes)])

    def get_vectors(self, hashes: Sequence[str], model: str) -> dict[str, np.ndarray]:
        """Stored vectors of ``model`` for the given text hashes (float32; hashes without one are left out)."""
        rows = self._q("SELECT text_hash, vec FROM vectors WHERE model = %s AND text_hash = ANY(%s)", (model, list(hashes)))
        return {h: np.frombuffer(bytes(v), dtype=np.float16).astype(np.float32) for h, v in rows}

    def passage_vectors(self, model: str) -> tuple[list[str], np.ndarray]:
        """Passage ids and their vectors (float32 matrix) for every embedded passage."""
        rows = self._q(
            "SELECT p.passage_id, v.vec FROM passages p JOIN vectors v ON v.text_hash = p.text_hash AND v.model = %s"
            " ORDER BY p.doc_id, p.seq",
            (model,),
        )
        if not rows:
            return [], np.zeros((0, 0), dtype=np.float32)
        mat = np.frombuffer(b"".join(bytes(r[1]) for r in rows), dtype=np.float16).reshape(len(rows), -1)
        return [r[0] for r in rows], mat.astype(np.float32)

    def vectors_since(self, model: str, after: int = 0, *, limit: int = 10_000) -> tuple[list[int], list[str], np.ndarray]:
        """Up to ``limit`` vectors of ``model`` stored after watermark ``after``: (ids, text hashes, float32 matrix).

        Ids increase in commit order; pass the last id back as ``after`` to read the next batch.
        """
        rows = self._q(
            "SELECT id, text_hash, vec FROM vectors WHERE model = %s AND id > %s ORDER BY id LIMIT %s", (model, after, limit)
        )
        if not rows:
            return [], [], np.zeros((0, 0), dtype=np.float32)
        mat = np.frombuffer(b"".join(bytes(r[2]) for r in rows), dtype=np.float16).reshape(len(rows), -1)
        return [int(r[0]) for r in rows], [r[1] for r in rows], mat.astype(np.float32)

    def passage_ids_for_hashes(self, hashes: Iterable[str]) -> dict[str, list[str]]:
        """The stored passages (ids, in document order) whose text has each given hash."""
        out: dict[str, list[str]] = {}
        for h, pid in self._q(
            "SELECT text_hash, passage_id FROM passages WHERE text_hash = ANY(%s) ORDER BY doc_id, seq", (list(hashes),)
        ):
            out.setdefault(h, []).append(pid)
        return out

    # -- events ----------------------------------------------------------------------------------
    def events(
        self,
        *,
        type: str | None = None,
        actor: str | None = None,
        target: str | None = None,
        since: str | None = None,
        until: str | None = None,
        doc_id: str | None = None,
        min_confidence: float | None = None,
    ) -> list[Event]:
        """Stored events matching every filter given, in date order (undated last)."""
        sql, args = events_query(type=type, actor=None if written_name(actor) else actor, since=since, until=until,
                                 doc_id=doc_id, min_confidence=min_confidence, mark="%s", int_mark="%s::int")
        events = [Event.from_dict(json.loads(d)) for (d,) in self._q(sql, args)]
        return filter_target(filter_written_actor(events, actor), target)

    # -- themes ----------------------------------------------------------------------------------
    def set_doc_themes(self, doc_id: str, themes: Sequence[ThemeScore]) -> None:
        with self._write(f"store themes of {doc_id}") as cur:
            cur.execute("DELETE FROM doc_themes WHERE doc_id = %s", (doc_id,))
            cur.executemany(  # another process may tag the same document at once: the later write wins
                "INSERT INTO doc_themes (doc_id, theme, score, assigned) VALUES (%s, %s, %s, %s)"
                " ON CONFLICT (doc_id, theme) DO UPDATE SET score = EXCLUDED.score, assigned = EXCLUDED.assigned",
                [(doc_id, t.id, float(t.score), bool(t.assigned)) for t in themes],
            )

    def doc_themes(self, doc_id: str) -> list[ThemeScore]:
        return [
            ThemeScore(id=t, score=s, assigned=bool(a))
            for t, s, a in self._q("SELECT theme, score, assigned FROM doc_themes WHERE doc_id = %s ORDER BY score DESC", (doc_id,))
        ]

    def set_passage_themes(self, rows: Iterable[tuple[str, str, float]]) -> None:
        """Store (passage_id, theme, score) rows for assigned passage themes."""
        rows = [(p, t, float(s)) for p, t, s in rows]
        with self._write("store passage themes") as cur:
            cur.executemany(
                "INSERT INTO passage_themes (passage_id, theme, score) VALUES (%s, %s, %s)"
                " ON CONFLICT (passage_id, theme) DO UPDATE SET score = EXCLUDED.score",
                rows,
            )

    def passages_with_theme(self, theme: str) -> set[str]:
        """Passage ids tagged with ``theme`` directly or through their document."""
        rows = self._q(
            "SELECT passage_id FROM passage_themes WHERE theme = %s UNION"
            " SELECT p.passage_id FROM passages p JOIN doc_themes d ON d.doc_id = p.doc_id"
            " WHERE d.theme = %s AND d.assigned",
            (theme, theme),
        )
        return {r[0] for r in rows}

    def iter_docs_without_themes(self) -> Iterator[str]:
        rows = self._q(
            "SELECT doc_id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM doc_themes t WHERE t.doc_id = d.doc_id)"
            " ORDER BY ingested_at, doc_id"
        )
        for (d,) in rows:
            yield d
