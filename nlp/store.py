"""The embedded store: one SQLite file (WAL) in the store folder. One transaction per document.

SQL lives at the top of this module. Stages never write here: ``pipeline.py`` does, ``search.py`` and
``tag.py`` read.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .errors import StoreError
from .types import Document, Event, Page, Passage, Table, ThemeScore

SCHEMA_VERSION = 1

# Each entry migrates the schema from version i to i+1.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE documents (
        doc_id TEXT PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        path TEXT NOT NULL,
        title TEXT NOT NULL,
        n_pages INTEGER NOT NULL,
        flags TEXT NOT NULL DEFAULT '[]',
        date TEXT,
        meta TEXT NOT NULL DEFAULT '{}',
        ingested_at REAL NOT NULL
    );
    CREATE INDEX documents_path ON documents(path);
    CREATE TABLE pages (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        text TEXT NOT NULL,
        footnotes TEXT NOT NULL DEFAULT '[]',
        flags TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (doc_id, number)
    );
    CREATE TABLE doc_tables (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        page INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
    );
    CREATE TABLE passages (
        passage_id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        page INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        heading TEXT,
        script TEXT NOT NULL,
        kind TEXT NOT NULL,
        table_index INTEGER,
        text_hash TEXT NOT NULL
    );
    CREATE INDEX passages_doc ON passages(doc_id, seq);
    CREATE INDEX passages_hash ON passages(text_hash);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        date TEXT,
        actor TEXT,
        confidence REAL NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX events_type ON events(type, date);
    CREATE INDEX events_doc ON events(doc_id);
    CREATE TABLE vectors (
        text_hash TEXT NOT NULL,
        model TEXT NOT NULL,
        vec BLOB NOT NULL,
        PRIMARY KEY (text_hash, model)
    );
    CREATE TABLE doc_themes (
        doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        theme TEXT NOT NULL,
        score REAL NOT NULL,
        assigned INTEGER NOT NULL,
        PRIMARY KEY (doc_id, theme)
    );
    CREATE TABLE passage_themes (
        passage_id TEXT NOT NULL REFERENCES passages(passage_id) ON DELETE CASCADE,
        theme TEXT NOT NULL,
        score REAL NOT NULL,
        PRIMARY KEY (passage_id, theme)
    );
    """,
)

INSERT_DOC = (
    "INSERT INTO documents (doc_id, sha256, path, title, n_pages, flags, date, meta, ingested_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_PAGE = "INSERT INTO pages (doc_id, number, text, footnotes, flags) VALUES (?, ?, ?, ?, ?)"
INSERT_TABLE = "INSERT INTO doc_tables (doc_id, idx, page, data) VALUES (?, ?, ?, ?)"
INSERT_PASSAGE = (
    'INSERT INTO passages (passage_id, doc_id, seq, page, start, "end", text, heading, script, kind,'
    " table_index, text_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_EVENT = "INSERT OR REPLACE INTO events (id, doc_id, type, date, actor, confidence, data) VALUES (?, ?, ?, ?, ?, ?, ?)"
SELECT_DOCS = """
    SELECT d.doc_id, d.title, d.path, d.n_pages, d.flags, d.date, d.sha256, d.ingested_at,
           (SELECT COUNT(*) FROM passages p WHERE p.doc_id = d.doc_id) AS n_passages,
           (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.doc_id) AS n_events
    FROM documents d ORDER BY d.ingested_at, d.doc_id
"""
PASSAGE_COLS = 'passage_id, doc_id, page, start, "end", text, heading, script, kind, table_index'


def text_hash(text: str) -> str:
    """Content key of a passage's text: the embedding cache key."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _row_to_passage(row: Sequence[Any]) -> Passage:
    return Passage(*row)


class Store:
    """A policylens store in folder ``path`` (created if missing)."""

    def __init__(self, path: str | Path, *, read_only: bool = False):
        self.path = Path(path)
        self.read_only = read_only
        db = self.path / "policylens.sqlite"
        try:
            if read_only:
                if not db.exists():
                    raise StoreError(f"{self.path}: no store here - run `policylens ingest PATH --store {self.path}` first")
                self.db = sqlite3.connect(f"file:{db}?mode=ro", uri=True, check_same_thread=False)
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.db = sqlite3.connect(db, check_same_thread=False, timeout=30)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as e:
            raise StoreError(f"{db}: cannot open the store ({e}) - check the path and its permissions") from e
        if not read_only:
            self._migrate()

    # -- lifecycle -------------------------------------------------------------------------------
    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema v{version} is newer than this policylens (v{SCHEMA_VERSION})"
                " - upgrade policylens"
            )
        for v in range(version, SCHEMA_VERSION):
            with self.db:
                self.db.executescript(f"BEGIN; {MIGRATIONS[v]} PRAGMA user_version = {v + 1}; COMMIT;")

    # -- documents -------------------------------------------------------------------------------
    def has_sha(self, sha256: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE sha256 = ?", (sha256,)).fetchone() is not None

    def add_document(self, doc: Document, passages: Sequence[Passage], events: Sequence[Event] = ()) -> None:
        """Store a document with its pages, tables, passages and events in one transaction.

        A document previously stored from the same path with other content is replaced.
        """
        try:
            with self.db:
                for (old,) in self.db.execute(
                    "SELECT doc_id FROM documents WHERE path = ? AND doc_id != ?", (doc.path, doc.doc_id)
                ).fetchall():
                    self._delete(old)
                self._delete(doc.doc_id)
                self.db.execute(
                    INSERT_DOC,
                    (
                        doc.doc_id,
                        doc.sha256 or doc.doc_id,
                        doc.path,
                        doc.title,
                        len(doc.pages),
                        json.dumps(list(doc.flags)),
                        doc.date,
                        json.dumps(doc.meta, ensure_ascii=False, default=str),
                        time.time(),
                    ),
                )
                self.db.executemany(
                    INSERT_PAGE,
                    [
                        (doc.doc_id, p.number, p.text, json.dumps(list(p.footnotes), ensure_ascii=False), json.dumps(list(p.flags)))
                        for p in doc.pages
                    ],
                )
                self.db.executemany(
                    INSERT_TABLE,
                    [(doc.doc_id, i, t.page, json.dumps(t.to_dict(), ensure_ascii=False)) for i, t in enumerate(doc.tables)],
                )
                self.db.executemany(
                    INSERT_PASSAGE,
                    [
                        (p.passage_id, doc.doc_id, i, p.page, p.start, p.end, p.text, p.heading, p.script, p.kind,
                         p.table_index, text_hash(p.text))
                        for i, p in enumerate(passages)
                    ],
                )
                self._insert_events(events)
        except sqlite3.Error as e:
            raise StoreError(f"{self.path}: could not store {doc.path} ({e}) - nothing of it was stored") from e

    def _delete(self, doc_id: str) -> None:
        self.db.execute("DELETE FROM passage_themes WHERE passage_id IN (SELECT passage_id FROM passages WHERE doc_id = ?)", (doc_id,))
        for table in ("doc_themes", "events", "passages", "doc_tables", "pages", "documents"):
            self.db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))

    def remove_document(self, doc_id: str) -> None:
        with self.db:
            self._delete(doc_id)

    def documents(self) -> list[dict[str, Any]]:
        """Summaries in the CONTRACT's ``docs --json`` shape (plus date, sha256)."""
        out = []
        for r in self.db.execute(SELECT_DOCS):
            out.append(
                {
                    "doc_id": r[0], "title": r[1], "path": r[2], "pages": r[3], "passages": r[8],
                    "events": r[9], "flags": json.loads(r[4]), "date": r[5],
                }
            )
        return out

    def resolve_doc_id(self, ref: str) -> str | None:
        """A full doc id from an id, a unique id prefix, or a stored path."""
        row = self.db.execute("SELECT doc_id FROM documents WHERE doc_id = ? OR path = ?", (ref, ref)).fetchone()
        if row:
            return row[0]
        rows = self.db.execute("SELECT doc_id FROM documents WHERE doc_id LIKE ?", (ref + "%",)).fetchall()
        return rows[0][0] if len(rows) == 1 else None

    def get_document(self, doc_id: str) -> Document | None:
        r = self.db.execute(
            "SELECT doc_id, path, title, flags, sha256, date, meta FROM documents WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        if r is None:
            return None
        pages = tuple(
            Page(number=n, text=t, footnotes=tuple(json.loads(f)), flags=tuple(json.loads(fl)))
            for n, t, f, fl in self.db.execute(
                "SELECT number, text, footnotes, flags FROM pages WHERE doc_id = ? ORDER BY number", (doc_id,)
            )
        )
        tables = tuple(
            Table.from_dict(json.loads(d))
            for (d,) in self.db.execute("SELECT data FROM doc_tables WHERE doc_id = ? ORDER BY idx", (doc_id,))
        )
        return Document(
            doc_id=r[0], path=r[1], title=r[2], pages=pages, tables=tables, flags=tuple(json.loads(r[3])),
            sha256=r[4], date=r[5], meta=json.loads(r[6]),
        )

    # -- passages --------------------------------------------------------------------------------
    def passages(self, doc_id: str | None = None) -> list[Passage]:
        if doc_id is None:
            rows = self.db.execute(f"SELECT {PASSAGE_COLS} FROM passages ORDER BY doc_id, seq")
        else:
            rows = self.db.execute(f"SELECT {PASSAGE_COLS} FROM passages WHERE doc_id = ? ORDER BY seq", (doc_id,))
        return [_row_to_passage(r) for r in rows]

    def get_passages(self, passage_ids: Iterable[str]) -> dict[str, Passage]:
        ids = list(passage_ids)
        out: dict[str, Passage] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            q = f"SELECT {PASSAGE_COLS} FROM passages WHERE passage_id IN ({','.join('?' * len(chunk))})"
            for r in self.db.execute(q, chunk):
                out[r[0]] = _row_to_passage(r)
        return out

    def count_passages(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]

    def passage_texts(self) -> list[tuple[str, str]]:
        """(passage_id, text) of every passage, in the order they were stored."""
        return [(r[0], r[1]) for r in self.db.execute("SELECT passage_id, text FROM passages ORDER BY rowid")]

    def passage_headings(self) -> list[tuple[str, str, str | None]]:
        """(passage_id, doc_id, heading) of every passage, by document and position in it."""
        return [tuple(r) for r in self.db.execute("SELECT passage_id, doc_id, heading FROM passages ORDER BY doc_id, seq")]

    # -- caches of derived indexes (search) ------------------------------------------------------
    @property
    def index_dir(self) -> Path:
        """Folder for indexes derived from this store (BM25, ANN): inside the store folder."""
        return self.path / "index"

    def state_key(self) -> str:
        """A key that changes whenever the stored passages change: derived indexes are valid for one key."""
        n, last = self.db.execute("SELECT COUNT(*), COALESCE(MAX(rowid), 0) FROM passages").fetchone()
        docs = hashlib.sha1("".join(r[0] for r in self.db.execute("SELECT doc_id FROM documents ORDER BY doc_id")).encode())
        # a document stored again (ingest --reprocess) may get the same rowids back: its new time tells
        (stamp,) = self.db.execute("SELECT COALESCE(MAX(ingested_at), 0) FROM documents").fetchone()
        return hashlib.sha1(f"{n}:{last}:{docs.hexdigest()}:{stamp!r}".encode()).hexdigest()

    def count_vectors(self, model: str) -> int:
        """How many distinct passage texts have a vector of ``model``."""
        return self.db.execute("SELECT COUNT(*) FROM vectors WHERE model = ?", (model,)).fetchone()[0]

    # -- vectors (cached by passage text hash, per model) ---------------------------------------
    def missing_vectors(self, model: str) -> list[tuple[str, str]]:
        """(text_hash, text) of passages with no vector for ``model`` yet, one per distinct text."""
        rows = self.db.execute(
            "SELECT p.text_hash, MIN(p.text) FROM passages p LEFT JOIN vectors v"
            " ON v.text_hash = p.text_hash AND v.model = ? WHERE v.text_hash IS NULL GROUP BY p.text_hash"
            " ORDER BY MIN(p.rowid)",
            (model,),
        ).fetchall()
        return [(h, t) for h, t in rows]

    def put_vectors(self, hashes: Sequence[str], model: str, vecs: np.ndarray) -> None:
        """Store float16 vectors for the given text hashes (one transaction)."""
        v16 = np.asarray(vecs, dtype=np.float16)
        with self.db:
            self.db.executemany(
                "INSERT OR REPLACE INTO vectors (text_hash, model, vec) VALUES (?, ?, ?)",
                [(h, model, v16[i].tobytes()) for i, h in enumerate(hashes)],
            )

    def get_vectors(self, hashes: Sequence[str], model: str) -> dict[str, np.ndarray]:
        """Stored vectors of ``model`` for the given text hashes (float32; hashes without one are left out)."""
        out: dict[str, np.ndarray] = {}
        hashes = list(hashes)
        for i in range(0, len(hashes), 500):
            chunk = hashes[i : i + 500]
            q = f"SELECT text_hash, vec FROM vectors WHERE model = ? AND text_hash IN ({','.join('?' * len(chunk))})"
            for h, v in self.db.execute(q, [model, *chunk]):
                out[h] = np.frombuffer(v, dtype=np.float16).astype(np.float32)
        return out

    def passage_vectors(self, model: str) -> tuple[list[str], np.ndarray]:
        """Passage ids and their vectors (float32 matrix) for every embedded passage."""
        rows = self.db.execute(
            "SELECT p.passage_id, v.vec FROM passages p JOIN vectors v ON v.text_hash = p.text_hash AND v.model = ?"
            " ORDER BY p.doc_id, p.seq",
            (model,),
        ).fetchall()
        if not rows:
            return [], np.zeros((0, 0), dtype=np.float32)
        ids = [r[0] for r in rows]
        mat = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float16).reshape(len(rows), -1)
        return ids, mat.astype(np.float32)

    def vectors_since(self, model: str, after: int = 0, *, limit: int = 10_000) -> tuple[list[int], list[str], np.ndarray]:
        """Up to ``limit`` vectors of ``model`` stored after watermark ``after``: (ids, text hashes, float32 matrix).

        Ids (rowids) increase in commit order; pass the last id back as ``after`` to read the next batch.
        """
        rows = self.db.execute(
            "SELECT rowid, text_hash, vec FROM vectors WHERE model = ? AND rowid > ? ORDER BY rowid LIMIT ?",
            (model, after, limit),
        ).fetchall()
        if not rows:
            return [], [], np.zeros((0, 0), dtype=np.float32)
        mat = np.frombuffer(b"".join(r[2] for r in rows), dtype=np.float16).reshape(len(rows), -1)
        return [r[0] for r in rows], [r[1] for r in rows], mat.astype(np.float32)

    def passage_ids_for_hashes(self, hashes: Iterable[str]) -> dict[str, list[str]]:
        """The stored passages (ids, in document order) whose text has each given hash."""
        hs = list(hashes)
        out: dict[str, list[str]] = {}
        for i in range(0, len(hs), 500):
            chunk = hs[i : i + 500]
            q = f"SELECT text_hash, passage_id FROM passages WHERE text_hash IN ({','.join('?' * len(chunk))}) ORDER BY doc_id, seq"
            for h, pid in self.db.execute(q, chunk):
                out.setdefault(h, []).append(pid)
        return out

    # -- events ----------------------------------------------------------------------------------
    def _insert_events(self, events: Iterable[Event]) -> None:
        self.db.executemany(
            INSERT_EVENT,
            [
                (e.id, e.doc_id, e.type, e.date, e.actor, e.confidence,
                 json.dumps({**e.to_dict(), "start": e.start, "end": e.end, "source": e.source}, ensure_ascii=False))
                for e in events
            ],
        )

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
                                 doc_id=doc_id, min_confidence=min_confidence)
        events = [Event.from_dict(json.loads(d)) for (d,) in self.db.execute(sql, args)]
        return filter_target(filter_written_actor(events, actor), target)

    # -- themes ----------------------------------------------------------------------------------
    def set_doc_themes(self, doc_id: str, themes: Sequence[ThemeScore]) -> None:
        with self.db:
            self.db.execute("DELETE FROM doc_themes WHERE doc_id = ?", (doc_id,))
            self.db.executemany(
                "INSERT INTO doc_themes (doc_id, theme, score, assigned) VALUES (?, ?, ?, ?)",
                [(doc_id, t.id, float(t.score), int(t.assigned)) for t in themes],
            )

    def doc_themes(self, doc_id: str) -> list[ThemeScore]:
        return [
            ThemeScore(id=t, score=s, assigned=bool(a))
            for t, s, a in self.db.execute(
                "SELECT theme, score, assigned FROM doc_themes WHERE doc_id = ? ORDER BY score DESC", (doc_id,)
            )
        ]

    def set_passage_themes(self, rows: Iterable[tuple[str, str, float]]) -> None:
        """Store (passage_id, theme, score) rows for assigned passage themes."""
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO passage_themes (passage_id, theme, score) VALUES (?, ?, ?)", list(rows))

    def passages_with_theme(self, theme: str) -> set[str]:
        """Passage ids tagged with ``theme`` directly or through their document."""
        rows = self.db.execute(
            "SELECT passage_id FROM passage_themes WHERE theme = ? UNION"
            " SELECT p.passage_id FROM passages p JOIN doc_themes d ON d.doc_id = p.doc_id"
            " WHERE d.theme = ? AND d.assigned = 1",
            (theme, theme),
        ).fetchall()
        return {r[0] for r in rows}

    def iter_docs_without_themes(self) -> Iterator[str]:
        for (d,) in self.db.execute(
            "SELECT doc_id FROM documents WHERE doc_id NOT IN (SELECT DISTINCT doc_id FROM doc_themes)"
        ).fetchall():
            yield d


def events_query(
    *,
    type: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    doc_id: str | None = None,
    min_confidence: float | None = None,
    mark: str = "?",
    int_mark: str | None = None,
) -> tuple[str, list[Any]]:
    """The SELECT of stored events and its arguments, for both backends (``mark`` is the placeholder;
    ``int_mark`` the placeholder of an integer argument, where the driver needs a cast)."""
    int_mark = int_mark or mark
    where: list[str] = []
    args: list[Any] = []
    for cond, value in (("type = {m}", type), ("LOWER(actor) = LOWER({m})", actor), ("date >= {m}", since),
                        ("doc_id = {m}", doc_id)):
        if value:
            where.append(cond.format(m=mark))
            args.append(value)
    if until:
        # "2019" must include "2019-12-31": compare on the prefix length of the bound.
        where.append(f"SUBSTR(date, 1, {int_mark}) <= {mark}")
        args.extend([len(until), until])
    if min_confidence is not None:
        where.append(f"confidence >= {mark}")
        args.append(min_confidence)
    sql = "SELECT data FROM events" + (" WHERE " + " AND ".join(where) if where else "")
    return sql + " ORDER BY date IS NULL, date, doc_id, id", args


def written_name(actor: str | None) -> bool:
    """Whether an actor filter is a name in Chinese script (matched against the name as the document wrote it)."""
    return bool(actor) and any("\u3400" <= c <= "\u9fff" for c in actor)


def filter_written_actor(events: list[Event], actor: str | None) -> list[Event]:
    """Events whose actor, or the name their document wrote it with (``extra["actor_name"]``: a firm named in
    Chinese, given in English), is ``actor``, when ``actor`` is written in Chinese; all of them otherwise."""
    if not written_name(actor):
        return events
    return [e for e in events if actor in (e.actor, e.extra.get("actor_name"))]


def filter_target(events: list[Event], target: str | None) -> list[Event]:
    """Events with ``target`` among their targets (case-insensitive); all of them when target is None."""
    if not target:
        return events
    t = target.lower()
    return [e for e in events if any(x.lower() == t for x in e.target)]


def open_store(location: str | Path, *, read_only: bool = False) -> Store:
    """Open the store at ``location``: a folder (embedded SQLite) or a ``postgresql://`` URL (shared server)."""
    if str(location).startswith(("postgresql://", "postgres://")):
        from .store_pg import PgStore

        return PgStore(str(location), read_only=read_only)  # type: ignore[return-value] - same methods
    return Store(location, read_only=read_only)
