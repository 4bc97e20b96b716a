-- Tidtam schema, version 2: the user's changes to the holiday table, and what officers did with
-- reminders. Days are ISO-8601 text (2025-04-16); instants are ISO-8601 UTC text (2025-04-16T01:00:00Z).
-- The shipped holiday table is a resource of the application (org/tidtam/remind/holidays-th.csv) and
-- is not copied here: this table keeps only the differences, so a newer Tidtam can ship a corrected
-- table without overwriting what the user decided. This file never changes once released.

-- source = 'user': a day the user added (a cabinet-declared special holiday), removed = 0.
-- source = 'shipped': a shipped day the user removed (removed = 1); names may be left blank.
-- A day can have both rows (the user removed the shipped name and added their own).
CREATE TABLE holidays (
    day     TEXT    NOT NULL,
    name_th TEXT    NOT NULL DEFAULT '',
    name_en TEXT    NOT NULL DEFAULT '',
    kind    TEXT    NOT NULL DEFAULT 'SPECIAL'
            CHECK (kind IN ('PUBLIC', 'LUNAR', 'SUBSTITUTION', 'SPECIAL', 'GOVERNMENT')),
    source  TEXT    NOT NULL CHECK (source IN ('shipped', 'user')),
    removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    PRIMARY KEY (day, source),
    CHECK (source = 'shipped' OR (removed = 0 AND name_th <> ''))
);

-- One row per reminder the officer acknowledged or snoozed, by its stable key
-- ("<deadline id>:<due day>:-<n>d" or "letter-<letter id>:receipt"). A key with acknowledged_at set
-- is never shown again; snoozed_until hides it until then.
CREATE TABLE reminder_state (
    reminder_key    TEXT PRIMARY KEY,
    acknowledged_at TEXT,
    snoozed_until   TEXT
);
