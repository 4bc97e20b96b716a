-- Tidtam schema, version 1: the incoming register and what later features store beside it.
-- Dates are ISO-8601 text in the Gregorian calendar (2024-12-25, 2024-12-25T09:30); the registration
-- year is kept in พ.ศ. because that is how the register numbers it. Versions V2..V9 are reserved for
-- other features; this file never changes once released.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE units (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE officers (
    id      INTEGER PRIMARY KEY,
    name    TEXT NOT NULL,
    unit_id INTEGER REFERENCES units (id),
    active  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (name, unit_id)
);

-- One row per registered letter. The full text lives in letter_texts so that paging the register
-- reads small rows only.
CREATE TABLE letters (
    id               INTEGER PRIMARY KEY,
    reg_year         INTEGER NOT NULL CHECK (reg_year BETWEEN 2400 AND 2700),
    reg_no           INTEGER NOT NULL CHECK (reg_no >= 1),
    received_at      TEXT    NOT NULL,
    number           TEXT    NOT NULL DEFAULT '',
    letter_date      TEXT,
    sender           TEXT    NOT NULL,
    recipient        TEXT    NOT NULL DEFAULT '',
    subject          TEXT    NOT NULL,
    urgency          TEXT    NOT NULL DEFAULT 'NORMAL'
                     CHECK (urgency IN ('NORMAL', 'URGENT', 'VERY_URGENT', 'MOST_URGENT')),
    secrecy          TEXT    NOT NULL DEFAULT 'NORMAL'
                     CHECK (secrecy IN ('NORMAL', 'CONFIDENTIAL', 'SECRET', 'TOP_SECRET')),
    action           TEXT    NOT NULL DEFAULT '',
    unit             TEXT    NOT NULL DEFAULT '',
    officer          TEXT    NOT NULL DEFAULT '',
    remarks          TEXT    NOT NULL DEFAULT '',
    status           TEXT    NOT NULL DEFAULT 'RECEIVED'
                     CHECK (status IN ('RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'DONE')),
    cancelled_reason TEXT,
    cancelled_by     TEXT,
    cancelled_at     TEXT,
    file_sha256      TEXT,
    file_name        TEXT,
    created_at       TEXT    NOT NULL,
    UNIQUE (reg_year, reg_no)
);
CREATE INDEX letters_dup ON letters (number, letter_date);
CREATE INDEX letters_file ON letters (file_sha256) WHERE file_sha256 IS NOT NULL;

CREATE TABLE letter_texts (
    letter_id INTEGER PRIMARY KEY REFERENCES letters (id),
    text      TEXT NOT NULL
);

CREATE TABLE deadlines (
    id            INTEGER PRIMARY KEY,
    letter_id     INTEGER NOT NULL REFERENCES letters (id),
    kind          TEXT    NOT NULL
                  CHECK (kind IN ('REPORT', 'SUBMIT', 'DISBURSE', 'REPLY', 'MEETING', 'PERIOD', 'OTHER')),
    due           TEXT,
    end_day       TEXT,
    time          TEXT,
    rel_days      INTEGER,
    rel_business  INTEGER CHECK (rel_business IN (0, 1)),
    rel_from      TEXT CHECK (rel_from IN ('RECEIPT', 'LETTER_DATE')),
    action        TEXT    NOT NULL DEFAULT '',
    evidence      TEXT    NOT NULL DEFAULT '',
    span_start    INTEGER,
    span_end      INTEGER,
    confidence    REAL    NOT NULL DEFAULT 1.0 CHECK (confidence BETWEEN 0 AND 1),
    status        TEXT    NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'DISMISSED')),
    done_note     TEXT,
    done_on       TEXT,
    reply_number  TEXT,
    snoozed_until TEXT,
    CHECK (due IS NOT NULL OR rel_days IS NOT NULL)
);
CREATE INDEX deadlines_letter ON deadlines (letter_id);
CREATE INDEX deadlines_open ON deadlines (status, due);

-- Append-only. hash = SHA-256 over the row's content and prev_hash (see AuditChain), so a row changed
-- or removed with another tool breaks the chain.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    letter_id INTEGER NOT NULL REFERENCES letters (id),
    at        TEXT    NOT NULL,
    user      TEXT    NOT NULL,
    field     TEXT    NOT NULL,
    old_value TEXT,
    new_value TEXT,
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);
CREATE INDEX audit_letter ON audit_log (letter_id);

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    letter_id   INTEGER NOT NULL REFERENCES letters (id),
    sha256      TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    stored_path TEXT    NOT NULL,
    added_at    TEXT    NOT NULL
);
CREATE INDEX attachments_letter ON attachments (letter_id);
CREATE INDEX attachments_sha ON attachments (sha256);

-- Full-text search (docs/decisions/0002): Thai substrings of the register fields through trigrams;
-- the body by words (split by the JDK's Thai word breaker before indexing), without a copy of the text.
-- Both are kept up to date by the store in the same transaction as the letter (no triggers, so a bulk
-- load can fill them once at the end).
CREATE VIRTUAL TABLE register_fts USING fts5 (
    number, sender, subject,
    content = 'letters', content_rowid = 'id', tokenize = 'trigram'
);
CREATE VIRTUAL TABLE body_fts USING fts5 (
    words,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* M* Co'"
);
