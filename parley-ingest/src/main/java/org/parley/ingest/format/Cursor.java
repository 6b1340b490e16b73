package org.parley.ingest.format;

import java.io.Closeable;
import org.parley.model.Article;
import org.parley.model.Outcome;

/**
 * The records of one open container (JSON Lines, JSON array, feed, WARC), one at a time. {@link #next()} never
 * throws for bad input: it returns a {@link Outcome.Failed}; after damage that ends the container it returns the
 * problem once, then null.
 */
interface Cursor extends Closeable {
    /** The next outcome, or null when the container is done. */
    Outcome<Article> next();
}
