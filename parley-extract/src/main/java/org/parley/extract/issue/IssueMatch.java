package org.parley.extract.issue;

import java.util.Objects;
import org.parley.model.Issue;
import org.parley.model.Span;

/**
 * One place a sentence touches an issue.
 *
 * @param firstToken index (into the article's tokens) of the first matched word
 * @param endToken   one past the last matched word
 * @param term       the issue term that matched
 * @param exact      true when the term's words stood together (gaps of function words only); false when they were
 *                   only near each other in the sentence
 */
public record IssueMatch(Issue issue, int sentence, int firstToken, int endToken, Span span, String term, boolean exact) {
    public IssueMatch {
        Objects.requireNonNull(issue, "issue is null");
        Objects.requireNonNull(span, "span is null");
        Objects.requireNonNull(term, "term is null");
        if (endToken <= firstToken) throw new IllegalArgumentException("empty match [" + firstToken + ", " + endToken + ")");
    }

    /** Whether the matched term names the issue's opposite ({@link Issue#against()}): a position on it is reversed. */
    public boolean opposite() {
        return issue.against().contains(term) && !issue.terms().contains(term);
    }

    /** How sure the match is that the sentence is about the issue. */
    public double confidence() {
        return exact ? 1.0 : 0.6;
    }
}
