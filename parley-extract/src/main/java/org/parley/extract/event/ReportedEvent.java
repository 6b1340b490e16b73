package org.parley.extract.event;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.parley.model.ArticleId;
import org.parley.model.Event;

/**
 * An event as one article reports it, with its participants mapped to holders across articles (entity ids or
 * canonical names), so reports from several outlets can be compared.
 */
public record ReportedEvent(ArticleId article, String outlet, Event event, Set<String> participants) {
    public ReportedEvent {
        Objects.requireNonNull(article, "article is null");
        outlet = Objects.requireNonNullElse(outlet, "");
        Objects.requireNonNull(event, "event is null");
        participants = Set.copyOf(participants);
    }

    /** Maps the event's local entity keys through {@code canonical} (cross-article resolution of this article). */
    public static ReportedEvent of(ArticleId article, String outlet, Event event, Function<String, String> canonical) {
        Set<String> ids = new LinkedHashSet<>();
        for (String key : event.participants()) ids.add(canonical.apply(key));
        return new ReportedEvent(article, outlet, event, ids);
    }
}
