package org.parley.model;

import java.util.List;
import java.util.Objects;

/** The local entities of one article: the input of cross-article entity resolution. */
public record ArticleEntities(ArticleId article, List<LocalEntity> entities) {
    public ArticleEntities {
        Objects.requireNonNull(article, "article is null");
        entities = List.copyOf(entities);
    }
}
