package org.parley.ingest.format;

import java.util.stream.Stream;
import org.parley.model.Article;
import org.parley.model.Outcome;

/**
 * Reads the articles of one input in one format.
 *
 * <p>Contract: the stream is lazy (nothing is read before the first element is asked for) and holds at most one
 * record in memory; closing it closes the input; bad input becomes {@link Outcome.Failed} elements, never an
 * exception out of the stream, and a damaged container yields the articles before the damage, then one problem.
 */
public interface FormatReader {
    Stream<Outcome<Article>> read(Input input);
}
