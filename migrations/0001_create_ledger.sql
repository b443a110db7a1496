-- The ledger: documents exactly as read, their sentences, the metrics named, and every claim with its offsets.
-- Offsets are UTF-16 code units into documents.text, half-open [start, end). Dates are ISO 8601 TEXT.
-- Never edit this file once merged: add migrations/0002_*.sql instead (SchemaMigrator checks the checksum).

CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,
    path            TEXT    NOT NULL,                 -- full path it was read from
    file_name       TEXT    NOT NULL,                 -- the `doc` key of exports
    title           TEXT,
    source          TEXT,
    event_date      TEXT,                             -- YYYY-MM-DD
    published_date  TEXT,
    sha256          TEXT    NOT NULL CHECK (length(sha256) = 64),
    text            TEXT    NOT NULL,
    ingested_at     TEXT    NOT NULL,                 -- ISO 8601 UTC
    revision        INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    superseded_by   INTEGER REFERENCES documents (id),
    UNIQUE (path, revision)
);
CREATE INDEX documents_sha256 ON documents (sha256);
CREATE INDEX documents_current_path ON documents (path) WHERE superseded_by IS NULL;

CREATE TABLE sentences (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start        INTEGER NOT NULL CHECK (start >= 0),
    "end"        INTEGER NOT NULL CHECK ("end" >= start),
    speaker      TEXT,
    UNIQUE (document_id, start, "end")
);

CREATE TABLE metrics (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE
);

-- Alternative names of catalogue metrics (data/metrics.json): alias -> canonical name.
CREATE TABLE metric_aliases (
    alias        TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    metric_name  TEXT NOT NULL COLLATE NOCASE
);
CREATE INDEX metric_aliases_metric_name ON metric_aliases (metric_name);

CREATE TABLE claims (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence_id    INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
    metric_id      INTEGER NOT NULL REFERENCES metrics (id),
    start          INTEGER NOT NULL CHECK (start >= 0),
    "end"          INTEGER NOT NULL CHECK ("end" > start),
    text           TEXT    NOT NULL,
    value          REAL    NOT NULL,
    unit           TEXT    NOT NULL,
    qualifier      TEXT    NOT NULL CHECK (qualifier IN ('exact', 'approx', 'over', 'nearly', 'under', 'at_least', 'at_most')),
    low            REAL,                              -- NULL: no lower bound (-infinity)
    high           REAL,                              -- NULL: no upper bound (+infinity, "over N")
    metric_phrase  TEXT    NOT NULL,
    period_start   TEXT,
    period_end     TEXT,
    period_basis   TEXT,
    speaker        TEXT,
    basis          TEXT
);
CREATE INDEX claims_metric ON claims (metric_id, period_start);
CREATE INDEX claims_document ON claims (document_id);
CREATE INDEX claims_sentence ON claims (sentence_id);
