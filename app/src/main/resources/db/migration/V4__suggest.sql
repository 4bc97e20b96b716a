-- Tidtam schema, version 4: the senders, recipients, units and officers already used, for suggestions as
-- the clerk types and for the register's assignee filter (docs/decisions/0011). One row per distinct
-- value with how often and how lately it was used: a few hundred rows to search where a LIKE over the
-- letters reads a million (1.5 s). Kept in step by triggers, so every path that writes letters (register,
-- edit, bulk load, routing) keeps it right without knowing of it. This file never changes once released.

CREATE TABLE name_uses (
    field   TEXT    NOT NULL CHECK (field IN ('sender', 'recipient', 'unit', 'officer')),
    name    TEXT    NOT NULL CHECK (name <> ''),
    uses    INTEGER NOT NULL CHECK (uses >= 0),
    last_id INTEGER NOT NULL,
    PRIMARY KEY (field, name)
) WITHOUT ROWID;

-- One pass over the letters (the combinations are few), then one small aggregate per field.
INSERT INTO name_uses (field, name, uses, last_id)
WITH combos AS MATERIALIZED (
    SELECT sender, recipient, unit, officer, count(*) AS n, max(id) AS last_id
    FROM letters GROUP BY sender, recipient, unit, officer
)
SELECT 'sender', sender, sum(n), max(last_id) FROM combos WHERE sender <> '' GROUP BY sender
UNION ALL SELECT 'recipient', recipient, sum(n), max(last_id) FROM combos WHERE recipient <> '' GROUP BY recipient
UNION ALL SELECT 'unit', unit, sum(n), max(last_id) FROM combos WHERE unit <> '' GROUP BY unit
UNION ALL SELECT 'officer', officer, sum(n), max(last_id) FROM combos WHERE officer <> '' GROUP BY officer;

CREATE TRIGGER name_uses_insert AFTER INSERT ON letters BEGIN
    INSERT INTO name_uses (field, name, uses, last_id)
    SELECT f, n, 1, NEW.id FROM (SELECT 'sender' AS f, NEW.sender AS n UNION ALL SELECT 'recipient', NEW.recipient
        UNION ALL SELECT 'unit', NEW.unit UNION ALL SELECT 'officer', NEW.officer)
    WHERE n <> ''
    ON CONFLICT (field, name) DO UPDATE SET uses = uses + 1, last_id = max(last_id, excluded.last_id);
END;

-- An edit moves one use from the old value to the new; a value nobody uses any more (a corrected typo)
-- is no longer suggested.
CREATE TRIGGER name_uses_update AFTER UPDATE OF sender, recipient, unit, officer ON letters BEGIN
    UPDATE name_uses SET uses = uses - 1
    WHERE (field = 'sender' AND name = OLD.sender AND NEW.sender IS NOT OLD.sender)
       OR (field = 'recipient' AND name = OLD.recipient AND NEW.recipient IS NOT OLD.recipient)
       OR (field = 'unit' AND name = OLD.unit AND NEW.unit IS NOT OLD.unit)
       OR (field = 'officer' AND name = OLD.officer AND NEW.officer IS NOT OLD.officer);
    DELETE FROM name_uses WHERE uses = 0;
    INSERT INTO name_uses (field, name, uses, last_id)
    SELECT f, n, 1, NEW.id FROM (
        SELECT 'sender' AS f, NEW.sender AS n, OLD.sender AS o UNION ALL SELECT 'recipient', NEW.recipient, OLD.recipient
        UNION ALL SELECT 'unit', NEW.unit, OLD.unit UNION ALL SELECT 'officer', NEW.officer, OLD.officer)
    WHERE n <> '' AND n IS NOT o
    ON CONFLICT (field, name) DO UPDATE SET uses = uses + 1, last_id = max(last_id, excluded.last_id);
END;
