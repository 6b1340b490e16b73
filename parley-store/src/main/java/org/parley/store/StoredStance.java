package org.parley.store;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.Stance;

/**
 * A stored stance.
 *
 * @param holder the resolved global entity of the holder, when resolution linked it
 */
public record StoredStance(long id, ArticleRef article, Stance stance, Optional<EntityRef> holder) {
    public StoredStance {
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(stance, "stance is null");
        Objects.requireNonNull(holder, "holder is null");
    }
}
