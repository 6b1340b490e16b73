package org.parley.store;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.Attribution;

/**
 * A stored quote or piece of reported speech.
 *
 * @param id      stable id, also the listing cursor
 * @param speaker the resolved global entity of the speaker, when resolution linked it (and review did not correct
 *                the speaker to another name); {@link #attribution()} shows the corrected speaker
 * @param review  what review said about it, if anything
 */
public record StoredAttribution(long id, ArticleRef article, Attribution attribution, Optional<EntityRef> speaker,
                                Optional<Review> review) {
    public StoredAttribution {
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(attribution, "attribution is null");
        Objects.requireNonNull(speaker, "speaker is null");
        Objects.requireNonNull(review, "review is null");
    }

    /** A quote nobody reviewed. */
    public StoredAttribution(long id, ArticleRef article, Attribution attribution, Optional<EntityRef> speaker) {
        this(id, article, attribution, speaker, Optional.empty());
    }
}
