-- What the annotator made of each article (tokens with word, lemma, part of speech and NER tag; sentences; mentions;
-- time expressions), as gzip-compressed JSON: `parley reanalyze` extracts again from it without running CoreNLP.
-- format is the version of that JSON shape. Articles stored before this migration have no row here: to re-analyse
-- them, ingest them again into a new store.
CREATE TABLE annotation (
    article_id VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES article (id),
    annotator  VARCHAR     NOT NULL,
    format     INTEGER     NOT NULL,
    data       BYTEA       NOT NULL
);
