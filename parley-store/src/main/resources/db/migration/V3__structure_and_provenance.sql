-- Who is speaking: the article's structure (kind, transcript turns, a speech's speaker) and, for each attribution,
-- who relayed it and the named rules that made it (its provenance). Existing rows read as a news report with no
-- relayer and no recorded rules.
ALTER TABLE article ADD COLUMN structure_json VARCHAR DEFAULT '{"kind":"NEWS","turns":[],"rules":[]}' NOT NULL;
ALTER TABLE attribution ADD COLUMN via_start INTEGER;
ALTER TABLE attribution ADD COLUMN via_end INTEGER;
ALTER TABLE attribution ADD COLUMN via_surface VARCHAR;
ALTER TABLE attribution ADD COLUMN via_key VARCHAR;
ALTER TABLE attribution ADD COLUMN via_name VARCHAR;
ALTER TABLE attribution ADD COLUMN rules_json VARCHAR DEFAULT '[]' NOT NULL;
