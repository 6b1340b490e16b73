package org.parley.extract.story;

import java.util.Objects;
import org.parley.model.ArticleId;

/**
 * Two articles whose texts are near-duplicates: syndicated copies, reposts, lightly edited versions.
 * Ordered so that {@code a} has the smaller id, so the same pair always compares equal.
 *
 * @param similarity estimated Jaccard similarity of their word shingles
 */
public record DuplicatePair(ArticleId a, ArticleId b, double similarity) {
    public DuplicatePair {
        Objects.requireNonNull(a, "a is null");
        Objects.requireNonNull(b, "b is null");
        if (a.equals(b)) throw new IllegalArgumentException("article " + a + " paired with itself");
        if (similarity < 0 || similarity > 1) {
            throw new IllegalArgumentException("similarity %s of %s and %s is not in [0, 1]".formatted(similarity, a, b));
        }
        if (a.value().compareTo(b.value()) > 0) {
            ArticleId swap = a;
            a = b;
            b = swap;
        }
    }
}
