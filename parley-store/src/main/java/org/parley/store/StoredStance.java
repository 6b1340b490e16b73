package org.parley.store;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.Stance;

/**
 * A stored stance, as corrected by review: {@link #stance()} shows the corrected holder, polarity and condition.
 *
 * @param holder the resolved global entity of the holder, when resolution linked it (and review did not correct the
 *               holder to another name)
 * @param review what review said about it, if anything: confirmed, rejected, which values it corrected
 */
public record StoredStance(long id, ArticleRef article, Stance stance, Optional<EntityRef> holder, Optional<Review> review) {
    public StoredStance {
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(stance, "stance is null");
        Objects.requireNonNull(holder, "holder is null");
        Objects.requireNonNull(review, "review is null");
    }

    /** A stance nobody reviewed. */
    public StoredStance(long id, ArticleRef article, Stance stance, Optional<EntityRef> holder) {
        this(id, article, stance, holder, Optional.empty());
    }
}
