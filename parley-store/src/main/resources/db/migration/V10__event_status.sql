-- An event's status and how it is dated: a threatened invasion is not the invasion, and a date the text does not
-- give (the article's own date standing in for "Russia launched…") is an estimate. Rows extracted before this
-- migration keep the old reading: happened, dated by the text.
ALTER TABLE event ADD COLUMN status VARCHAR(16) DEFAULT 'HAPPENED' NOT NULL;
ALTER TABLE event ADD COLUMN date_estimated BOOLEAN DEFAULT FALSE NOT NULL;
