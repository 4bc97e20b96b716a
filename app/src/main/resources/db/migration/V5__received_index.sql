-- Tidtam schema, version 5: indexes for the reports. The weekly summary and the register printout read
-- the letters received in a date range (received_at is ISO text, so a range of text is a range of days),
-- and the summaries hide the subjects of classified letters, which are few: a partial index finds them
-- without reading the register. This file never changes once released.
CREATE INDEX letters_received ON letters (received_at);
CREATE INDEX letters_classified ON letters (secrecy) WHERE secrecy <> 'NORMAL';
