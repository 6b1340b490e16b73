package org.parley.store;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.Attribution;

/**
 * A stored quote or piece of reported speech.
 *
 * @param id      stable id, also the listing cursor
 * @param speaker the resolved global entity of the speaker, when resolution linked it
 */
public record StoredAttribution(long id, ArticleRef article, Attribution attribution, Optional<EntityRef> speaker) {
    public StoredAttribution {
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(attribution, "attribution is null");
        Objects.requireNonNull(speaker, "speaker is null");
    }
}
