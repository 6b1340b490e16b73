package org.parley.extract.stance;

import org.parley.model.ArticleId;
import org.parley.model.Holder;

/**
 * Maps a holder as one article names it to the holder across articles: an entity id from cross-article
 * resolution, or a canonical name. {@link #byName()} is the fallback when no resolution is at hand.
 */
@FunctionalInterface
public interface HolderKey {
    String of(ArticleId article, Holder holder);

    /** The holder's in-article name, lower-cased words without accents or honorifics ("Mr Trump" and "Trump" agree). */
    static HolderKey byName() {
        return (article, holder) -> {
            var words = HolderNames.words(holder.name());
            return words.isEmpty() ? holder.name() : String.join(" ", words);
        };
    }
}
