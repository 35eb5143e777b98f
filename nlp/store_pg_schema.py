"""The PostgreSQL store's schema (versioned migrations) and statements; ``store_pg.py`` runs them."""
from __future__ import annotations

SCHEMA_VERSION = 1

# Each entry migrates the schema from version i to i+1. Keys and dates collate as "C" (bytewise), so
# ordering and comparisons match SQLite's whatever the server's locale.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE documents (
        doc_id TEXT COLLATE "C" PRIMARY KEY,
        sha256 TEXT NOT NULL UNIQUE,
        path TEXT COLLATE "C" NOT NULL,
        title TEXT NOT NULL,
        n_pages INTEGER NOT NULL,
        flags TEXT NOT NULL DEFAULT '[]',
        date TEXT COLLATE "C",
        meta TEXT NOT NULL DEFAULT '{}',
        ingested_at DOUBLE PRECISION NOT NULL
    );
    CREATE INDEX documents_path ON documents(path);
    CREATE TABLE pages (
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        text TEXT NOT NULL,
        footnotes TEXT NOT NULL DEFAULT '[]',
        flags TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (doc_id, number)
    );
    CREATE TABLE doc_tables (
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        page INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
    );
    CREATE TABLE passages (
        row_id BIGSERIAL,
        passage_id TEXT COLLATE "C" PRIMARY KEY,
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        page INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        heading TEXT,
        script TEXT NOT NULL,
        kind TEXT NOT NULL,
        table_index INTEGER,
        text_hash TEXT COLLATE "C" NOT NULL
    );
    CREATE INDEX passages_doc ON passages(doc_id, seq);
    CREATE INDEX passages_hash ON passages(text_hash);
    CREATE TABLE events (
        id TEXT COLLATE "C" PRIMARY KEY,
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        date TEXT COLLATE "C",
        actor TEXT,
        confidence DOUBLE PRECISION NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX events_type ON events(type, date);
    CREATE INDEX events_doc ON events(doc_id);
    CREATE TABLE vectors (
        id BIGSERIAL UNIQUE,
        text_hash TEXT COLLATE "C" NOT NULL,
        model TEXT NOT NULL,
        vec BYTEA NOT NULL,
        PRIMARY KEY (text_hash, model)
    );
    CREATE INDEX vectors_model_id ON vectors(model, id);
    CREATE TABLE doc_themes (
        doc_id TEXT COLLATE "C" NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
        theme TEXT NOT NULL,
        score DOUBLE PRECISION NOT NULL,
        assigned BOOLEAN NOT NULL,
        PRIMARY KEY (doc_id, theme)
    );
    CREATE TABLE passage_themes (
        passage_id TEXT COLLATE "C" NOT NULL REFERENCES passages(passage_id) ON DELETE CASCADE,
        theme TEXT NOT NULL,
        score DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (passage_id, theme)
    );
    CREATE INDEX passage_themes_theme ON passage_themes(theme);
    """,
)

INSERT_DOC = (
    "INSERT INTO documents (doc_id, sha256, path, title, n_pages, flags, date, meta, ingested_at)"
    " VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)"
)
INSERT_PAGE = "INSERT INTO pages (doc_id, number, text, footnotes, flags) VALUES (%s, %s, %s, %s, %s)"
INSERT_TABLE = "INSERT INTO doc_tables (doc_id, idx, page, data) VALUES (%s, %s, %s, %s)"
INSERT_PASSAGE = (
    'INSERT INTO passages (passage_id, doc_id, seq, page, start, "end", text, heading, script, kind,'
    " table_index, text_hash) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)"
)
UPSERT_EVENT = (
    "INSERT INTO events (id, doc_id, type, date, actor, confidence, data) VALUES (%s, %s, %s, %s, %s, %s, %s)"
    " ON CONFLICT (id) DO UPDATE SET doc_id = EXCLUDED.doc_id, type = EXCLUDED.type, date = EXCLUDED.date,"
    " actor = EXCLUDED.actor, confidence = EXCLUDED.confidence, data = EXCLUDED.data"
)
# A re-stored vector gets a new id, like SQLite's INSERT OR REPLACE gives a new rowid: readers of
# ``vectors_since`` see it again.
UPSERT_VECTOR = (
    "INSERT INTO vectors (text_hash, model, vec) VALUES (%s, %s, %s) ON CONFLICT (text_hash, model)"
    " DO UPDATE SET vec = EXCLUDED.vec, id = nextval(pg_get_serial_sequence('vectors', 'id'))"
)
SELECT_DOCS = """
    SELECT d.doc_id, d.title, d.path, d.n_pages, d.flags, d.date, d.sha256, d.ingested_at,
           (SELECT COUNT(*) FROM passages p WHERE p.doc_id = d.doc_id) AS n_passages,
           (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.doc_id) AS n_events
    FROM documents d ORDER BY d.ingested_at, d.doc_id
"""
PASSAGE_COLS = 'passage_id, doc_id, page, start, "end", text, heading, script, kind, table_index'
