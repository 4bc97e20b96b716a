-- Tidtam schema, version 7: the terms of the body's word index (docs/decisions/0016). A search whose last
-- word is a prefix ("จ่า") is looked up as the exact terms starting with it ("จ่าย" …): FTS5 merges the whole
-- list of every term matching a prefix before returning a row (0.1–0.2 s on a million letters), but walks
-- exact terms lazily (under 1 ms). Filled once from the index itself; the store adds each letter's terms as
-- it indexes the letter. This file never changes once released.
CREATE TABLE body_terms (
    term TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE VIRTUAL TABLE temp.body_terms_fill USING fts5vocab(main, body_fts, 'row');
INSERT INTO body_terms (term) SELECT term FROM temp.body_terms_fill;
DROP TABLE temp.body_terms_fill;
