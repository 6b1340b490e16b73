package org.parley.model;

import java.util.Objects;

/**
 * Who holds a stance: a person, organisation or government named in the article.
 *
 * @param mention   where the article names the holder for this statement
 * @param entityKey the {@link LocalEntity#key()} it resolves to, or empty
 * @param name      canonical name within the article
 */
public record Holder(Span mention, String surface, String entityKey, String name, EntityType type) {
    public Holder {
        Objects.requireNonNull(mention, "mention is null");
        Objects.requireNonNull(surface, "surface is null");
        entityKey = Objects.requireNonNullElse(entityKey, "");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
    }
}
