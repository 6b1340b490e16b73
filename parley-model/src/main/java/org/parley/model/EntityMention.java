package org.parley.model;

import java.util.Objects;

/** One place an article refers to an entity. {@code surface} is {@code span.of(article.text())}. */
public record EntityMention(Span span, String surface, MentionKind kind, int sentence) {
    public EntityMention {
        Objects.requireNonNull(span, "span is null");
        Objects.requireNonNull(surface, "surface is null");
        Objects.requireNonNull(kind, "kind is null");
    }
}
