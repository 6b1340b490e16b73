package org.parley.extract.story;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * An incremental document-frequency table: each added document bumps the count of its distinct keys once.
 * Not thread-safe; {@link StoryClusterer} guards it.
 */
final class DocumentFrequencies {
    private final Map<String, Integer> counts = new HashMap<>();
    private int documents;

    void add(Collection<String> distinctKeys) {
        documents++;
        for (String k : distinctKeys) counts.merge(k, 1, Integer::sum);
    }

    int documents() {
        return documents;
    }

    /** Smoothed inverse document frequency {@code ln((1 + N) / (1 + df)) + 1}: positive even for a key in every document. */
    double idf(String key) {
        return Math.log((1.0 + documents) / (1.0 + counts.getOrDefault(key, 0))) + 1.0;
    }
}
