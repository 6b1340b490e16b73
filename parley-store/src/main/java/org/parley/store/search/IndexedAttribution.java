package org.parley.store.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.EntityId;

/**
 * What the index holds of a quote or reported speech.
 *
 * @param speakerNames every name the speaker goes by here: in the article, as written, and the canonical name
 * @param speaker      the speaker's global entity, once resolution linked it
 */
public record IndexedAttribution(long id, ArticleId article, String outlet, Optional<LocalDate> date, String text,
                                 List<String> speakerNames, Optional<EntityId> speaker) {
    public IndexedAttribution {
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(outlet, "outlet is null");
        Objects.requireNonNull(date, "date is null");
        Objects.requireNonNull(text, "text is null");
        speakerNames = List.copyOf(speakerNames);
        Objects.requireNonNull(speaker, "speaker is null");
    }
}
