package org.parley.store;

import java.util.List;
import java.util.Objects;
import org.parley.model.Event;

/**
 * A stored event.
 *
 * @param participants the resolved global entities of {@link Event#participants()}, for those resolution linked
 */
public record StoredEvent(long id, ArticleRef article, Event event, List<EntityRef> participants) {
    public StoredEvent {
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(event, "event is null");
        participants = List.copyOf(participants);
    }
}
