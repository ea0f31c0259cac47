-- 0001_init: documents, their events and actors, and a full-text index.
--
-- A Doc is keyed by its content hash (docs.id). Its text and metadata are
-- columns; every layer except events is one JSON object in docs.layers (see
-- layers.go); events live once, in the events table, one JSON object per
-- row beside the columns that filters use. Docs are never updated in place:
-- a second Add of the same id changes nothing.

CREATE TABLE docs (
    seq         INTEGER PRIMARY KEY,      -- stable rowid, the FTS key
    id          TEXT    NOT NULL UNIQUE,  -- lowercase hex SHA-256 of text
    source      TEXT    NOT NULL,
    url         TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    published   TEXT,                     -- YYYY-MM-DD, NULL when unknown
    ingested    INTEGER NOT NULL,         -- Unix nanoseconds, UTC
    text        TEXT    NOT NULL,
    layers      TEXT    NOT NULL,         -- JSON: every layer but events
    n_bytes     INTEGER NOT NULL,
    n_sentences INTEGER NOT NULL,
    n_events    INTEGER NOT NULL,
    n_warnings  INTEGER NOT NULL
);

-- Listing order: newest publication first (NULL last), then newest ingest.
CREATE INDEX docs_by_published ON docs (published DESC, ingested DESC);

CREATE TABLE events (
    seq       INTEGER PRIMARY KEY,
    doc_id    TEXT    NOT NULL REFERENCES docs (id),
    idx       INTEGER NOT NULL,           -- position in the Doc's events layer
    event_id  TEXT    NOT NULL,
    date      TEXT    NOT NULL,           -- TimeML value as coded
    day       TEXT,                       -- YYYY-MM-DD prefix of date, NULL when date has none
    cameo     TEXT    NOT NULL,
    quad      INTEGER NOT NULL,
    goldstein REAL    NOT NULL,
    status    TEXT    NOT NULL,
    json      TEXT    NOT NULL,           -- the doc.Event
    UNIQUE (doc_id, idx)
);

-- Listing order, and date ranges: a bound on day implies one on date.
CREATE INDEX events_by_date  ON events (date, doc_id, idx);
CREATE INDEX events_by_cameo ON events (cameo);

-- The actors of each event, for filtering by actor code.
CREATE TABLE event_actors (
    event_seq INTEGER NOT NULL REFERENCES events (seq),
    role      TEXT    NOT NULL CHECK (role IN ('source', 'target', 'said_by')),
    code      TEXT    NOT NULL,
    country   TEXT    NOT NULL
);

-- No index on event_seq: rows are found by code, and never deleted.
CREATE INDEX event_actors_by_code ON event_actors (code, role, event_seq);

-- The distinct actor codes of each Doc: its actors layer and the actors of
-- its events, in every role.
CREATE TABLE doc_actors (
    code   TEXT NOT NULL,
    doc_id TEXT NOT NULL REFERENCES docs (id),
    PRIMARY KEY (code, doc_id)
) WITHOUT ROWID;

-- Full text of title and body. External content: the text is stored once,
-- in docs, and the triggers keep the index in step.
CREATE VIRTUAL TABLE docs_fts USING fts5 (
    title, text,
    content = 'docs', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER docs_fts_insert AFTER INSERT ON docs BEGIN
    INSERT INTO docs_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER docs_fts_delete AFTER DELETE ON docs BEGIN
    INSERT INTO docs_fts (docs_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER docs_fts_update AFTER UPDATE OF title, text ON docs BEGIN
    INSERT INTO docs_fts (docs_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO docs_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
