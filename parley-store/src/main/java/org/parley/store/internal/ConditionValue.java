package org.parley.store.internal;

import java.util.Optional;
import org.parley.model.Condition;
import org.parley.model.Span;

/**
 * A corrected condition as a correction stores it: {@code "kind: words"} (as {@code parley review} shows it), or
 * {@code ""} for "no condition". The words are the article's own, so the condition gets a span like an extracted
 * one: where the words stand inside the evidence, else their first place in the article.
 *
 * @param kind  the kind's label, or "" for no condition
 * @param start where the words start, or null when there are none
 */
public record ConditionValue(String kind, String text, Integer start, Integer end) {

    /** Parses a stored value; the span is filled in by {@link #locate}. */
    public static ConditionValue parse(String value) {
        if (value.isBlank()) return new ConditionValue("", "", null, null);
        int colon = value.indexOf(':');
        if (colon < 0) throw new IllegalArgumentException("condition '" + value + "' is not 'kind: words'");
        return new ConditionValue(Condition.Kind.parse(value.substring(0, colon).strip()).label(),
                value.substring(colon + 1).strip(), null, null);
    }

    /** The stored form of a condition, or of none. */
    public static String format(Optional<Condition> condition) {
        return condition.map(c -> c.kind().label() + ": " + c.text()).orElse("");
    }

    /**
     * Where {@code words} stand in {@code text}: inside {@code evidence} when they occur there, else their first
     * occurrence.
     *
     * @throws IllegalArgumentException when the article does not contain them
     */
    public static Span locate(String text, Span evidence, String words) {
        int at = text.indexOf(words, evidence.start());
        if (at < 0 || at + words.length() > evidence.end()) at = text.indexOf(words);
        if (at < 0) {
            throw new IllegalArgumentException("the condition '" + words + "' is not in the article's text; give the "
                    + "condition's words exactly as the article writes them");
        }
        return new Span(at, at + words.length());
    }

    ConditionValue at(Span span) {
        return new ConditionValue(kind, text, span.start(), span.end());
    }
}
