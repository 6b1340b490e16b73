package org.parley.extract.claim;

/**
 * Settings of {@link ClaimMatcher}.
 *
 * @param charShingle        characters per shingle when comparing quote wordings
 * @param quoteSimilarity    two direct quotes are the same when their normalised wordings reach this similarity:
 *                           Jaccard of character shingles, or containment (the shorter inside the longer, a
 *                           trimmed quote) when the shorter has at least {@code minContainedWords} words
 * @param reportedSimilarity a reported claim matches another of the same speaker when the Jaccard similarity of
 *                           their content terms reaches this
 * @param minWords           attributions with fewer words are never merged with others ("yes", "absolutely")
 * @param minContainedWords  a trimmed quote must keep at least this many words to match by containment
 */
public record ClaimConfig(int charShingle, double quoteSimilarity, double reportedSimilarity, int minWords,
                          int minContainedWords) {
    public ClaimConfig {
        if (charShingle < 1 || !(quoteSimilarity > 0 && quoteSimilarity <= 1)
                || !(reportedSimilarity > 0 && reportedSimilarity <= 1) || minWords < 1 || minContainedWords < 1) {
            throw new IllegalArgumentException(("claim config out of range: charShingle %d (>= 1), quoteSimilarity %s and "
                    + "reportedSimilarity %s (0..1], minWords %d, minContainedWords %d (>= 1)")
                    .formatted(charShingle, quoteSimilarity, reportedSimilarity, minWords, minContainedWords));
        }
    }

    public static ClaimConfig defaults() {
        return new ClaimConfig(5, 0.7, 0.5, 3, 6);
    }
}
