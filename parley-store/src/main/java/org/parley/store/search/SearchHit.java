package org.parley.store.search;

import java.util.Objects;
import java.util.OptionalLong;
import org.parley.model.ArticleId;

/**
 * One search result.
 *
 * @param attribution the attribution id for an attribution hit (see {@link org.parley.store.StoredAttribution#id()})
 */
public record SearchHit(Kind kind, ArticleId article, OptionalLong attribution, float score, Snippet snippet) {
    /** What was hit. */
    public enum Kind {
        ARTICLE, ATTRIBUTION
    }

    public SearchHit {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(attribution, "attribution is null");
        Objects.requireNonNull(snippet, "snippet is null");
    }
}
