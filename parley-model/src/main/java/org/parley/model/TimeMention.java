package org.parley.model;

import java.util.Objects;

/**
 * A date or time expression, normalised.
 *
 * @param value TIMEX3 value as normalised against the article's date: {@code 2025-02-13}, {@code 2025-02},
 *              {@code 2022}, {@code 2025-W07}, {@code PRESENT_REF}, {@code P3M} …
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 */
public record TimeMention(Span span, String surface, String value, String type, int sentence) {
    public TimeMention {
        Objects.requireNonNull(span, "span is null");
        Objects.requireNonNull(surface, "surface is null");
        value = Objects.requireNonNullElse(value, "");
        type = Objects.requireNonNullElse(type, "DATE");
    }
}
