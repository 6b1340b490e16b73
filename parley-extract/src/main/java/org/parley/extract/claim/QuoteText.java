package org.parley.extract.claim;

import java.util.Arrays;
import java.util.List;
import org.parley.extract.story.Shingles;
import org.parley.extract.story.Terms;

/**
 * A quote's wording prepared for comparison: lower-cased words joined by single spaces (punctuation, quote-mark
 * styles and line breaks gone), its character shingles, its content terms and its word trigrams.
 */
record QuoteText(String normalised, int words, long[] charShingles, long[] terms, long[] trigrams) {
    static QuoteText of(String text, int charShingle) {
        List<String> words = Shingles.words(text);
        String normalised = String.join(" ", words);
        long[] terms = Terms.of(normalised).stream().mapToLong(Shingles::hash).sorted().distinct().toArray();
        long[] trigrams = words.size() < 3 ? new long[0] : Shingles.wordShingles(normalised, 3);
        return new QuoteText(normalised, words.size(), Shingles.charShingles(normalised, charShingle), terms, trigrams);
    }

    /** Wording similarity of two quotes: shingle Jaccard, or containment when the shorter is long enough. */
    double quoteSimilarity(QuoteText other, int minContainedWords) {
        double jaccard = Shingles.jaccard(charShingles, other.charShingles);
        if (Math.min(words, other.words) < minContainedWords) return jaccard;
        return Math.max(jaccard, Shingles.containment(charShingles, other.charShingles));
    }

    /** Jaccard similarity of the content terms: for reported speech, where the wording is the reporter's. */
    double termSimilarity(QuoteText other) {
        return Shingles.jaccard(terms, other.terms);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof QuoteText q && q.normalised.equals(normalised);
    }

    @Override
    public int hashCode() {
        return normalised.hashCode();
    }

    @Override
    public String toString() {
        return normalised + " (" + words + " words, " + Arrays.stream(terms).count() + " terms)";
    }
}
