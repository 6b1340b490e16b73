-- Stances an analyst can cite: the condition a stance is held on as structured data (its kind and where its words
-- stand; condition_text keeps the words), and the named rules that made the stance (its provenance). Existing rows
-- read as unconditional (their condition_text, if any, has no kind or span) with no recorded rules.
ALTER TABLE stance ADD COLUMN condition_kind VARCHAR;
ALTER TABLE stance ADD COLUMN condition_start INTEGER;
ALTER TABLE stance ADD COLUMN condition_end INTEGER;
ALTER TABLE stance ADD COLUMN rules_json VARCHAR DEFAULT '[]' NOT NULL;
