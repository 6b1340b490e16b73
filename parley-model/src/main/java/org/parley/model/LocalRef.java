package org.parley.model;

import java.util.Objects;

/** One article's local entity, named by the article and its {@link LocalEntity#key()}: what resolution maps. */
public record LocalRef(ArticleId article, String key) {
    public LocalRef {
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(key, "key is null");
        if (key.isBlank()) {
            throw new IllegalArgumentException("local entity key of article %s is blank".formatted(article));
        }
    }
}
