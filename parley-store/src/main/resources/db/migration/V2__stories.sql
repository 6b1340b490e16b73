-- Across outlets: MinHash signatures for near-duplicates, and the story each article was put in.
-- Same rules as V1: only types and syntax both H2 and PostgreSQL accept, and report alike.

-- One MinHash signature per article: its 32-bit values, big-endian, in base64 (text: H2 and PostgreSQL have no
-- binary type they both name the same way). scheme names the hashing
-- ("minhash w5 n128 seed ..."); a signature of another scheme is recomputed, never compared.
CREATE TABLE minhash_signature (
    article_id VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES article (id),
    scheme     VARCHAR     NOT NULL,
    signature  VARCHAR     NOT NULL
);

-- A story: an event covered by several articles. Label and dates follow its articles as they arrive.
CREATE TABLE story (
    id            VARCHAR     NOT NULL PRIMARY KEY,
    label         VARCHAR     NOT NULL,
    first_date    DATE,
    last_date     DATE,
    first_article VARCHAR(64) NOT NULL REFERENCES article (id)
);

-- The story an article was put in when it arrived; never rewritten. ord is the order articles entered the
-- online clusterer, so the clusterer's state can be rebuilt by replaying them.
CREATE TABLE article_story (
    article_id VARCHAR(64)      NOT NULL PRIMARY KEY REFERENCES article (id),
    story_id   VARCHAR          NOT NULL REFERENCES story (id),
    ord        BIGINT           NOT NULL UNIQUE,
    opened     BOOLEAN          NOT NULL,
    score      DOUBLE PRECISION NOT NULL
);
CREATE INDEX article_story_story ON article_story (story_id);
