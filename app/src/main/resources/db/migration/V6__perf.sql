-- Tidtam schema, version 6: speed on a large register (docs/decisions/0016). The duplicate check looks
-- letters up by their date alone; letters_dup (number, letter_date) cannot serve that, so on a million
-- letters every check read the whole index (0.1 s warm, seconds cold). This file never changes once released.
CREATE INDEX letters_date ON letters (letter_date);
