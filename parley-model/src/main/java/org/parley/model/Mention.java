package org.parley.model;

import java.util.Objects;

/**
 * A named-entity mention found by the annotator.
 *
 * @param surface  {@code span.of(article.text())}
 * @param nerTag   the annotator's own fine tag (PERSON, COUNTRY, CITY, ORGANIZATION …), kept for rules that need it
 * @param sentence index of the sentence holding it
 */
public record Mention(Span span, String surface, EntityType type, String nerTag, int sentence) {
    public Mention {
        Objects.requireNonNull(span, "span is null");
        Objects.requireNonNull(surface, "surface is null");
        Objects.requireNonNull(type, "type is null");
        nerTag = Objects.requireNonNullElse(nerTag, type.name());
    }
}
