package org.parley.extract.claim;

import org.parley.model.ArticleId;

/**
 * Maps a name as one article knows it (its local entity key and its in-article name) to the name the entity has
 * across articles, so that "Rutte" in one article and "Mark Rutte" in another are the same speaker or holder.
 * Implementations come from cross-article entity resolution; they must be thread-safe and deterministic.
 */
@FunctionalInterface
public interface CanonicalNames {
    /** The canonical name, or {@code name} itself when nothing better is known. */
    String canonical(ArticleId article, String entityKey, String name);

    /** No resolution: the in-article name with white space folded. */
    static CanonicalNames byName() {
        return (article, entityKey, name) -> name.strip().replaceAll("\\s+", " ");
    }
}
