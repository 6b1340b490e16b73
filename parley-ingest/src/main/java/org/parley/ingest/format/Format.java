package org.parley.ingest.format;

/** The input formats Parley reads. */
public enum Format {
    TEXT, HTML, JSON, JSONL, FEED, WARC
}
