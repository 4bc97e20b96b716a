-- Tidtam schema, version 3: links between entries made when a later letter changes an earlier one's
-- deadline (เลื่อน / ยกเลิก … อ้างถึง …), so both entries' details show the other. Instants are ISO-8601
-- local text (2025-01-06T10:15:00) as in audit_log. This file never changes once released.

-- from_letter: the later letter that made the change; to_letter: the earlier entry it changed.
-- kind: POSTPONE, ADVANCE, CANCEL or CHANGE; deadline_id: the earlier entry's deadline that changed.
CREATE TABLE letter_links (
    id          INTEGER PRIMARY KEY,
    from_letter INTEGER NOT NULL REFERENCES letters (id),
    to_letter   INTEGER NOT NULL REFERENCES letters (id),
    kind        TEXT    NOT NULL CHECK (kind IN ('POSTPONE', 'ADVANCE', 'CANCEL', 'CHANGE')),
    deadline_id INTEGER REFERENCES deadlines (id),
    created_at  TEXT    NOT NULL,
    CHECK (from_letter <> to_letter)
);
CREATE INDEX letter_links_from ON letter_links (from_letter);
CREATE INDEX letter_links_to ON letter_links (to_letter);
