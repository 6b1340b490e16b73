package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.EntityId;

/**
 * Which events to list. A date range keeps only events whose date is known and in it (a month-precise date counts
 * as its first day).
 */
public record EventQuery(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> kind,
                         Optional<ArticleId> article, Optional<EntityId> participant, Order order) {
    public EventQuery {
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        kind = Objects.requireNonNull(kind, "kind is null").filter(s -> !s.isBlank());
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(participant, "participant is null");
        Objects.requireNonNull(order, "order is null");
    }

    public static EventQuery all() {
        return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Order.STORED);
    }

    public EventQuery between(LocalDate fromDate, LocalDate toDate) {
        return new EventQuery(Optional.ofNullable(fromDate), Optional.ofNullable(toDate), kind, article, participant, order);
    }

    public EventQuery ordered(Order o) {
        return new EventQuery(from, to, kind, article, participant, o);
    }

    public EventQuery withKind(String k) {
        return new EventQuery(from, to, Optional.of(k), article, participant, order);
    }

    public EventQuery withArticle(ArticleId id) {
        return new EventQuery(from, to, kind, Optional.of(id), participant, order);
    }

    public EventQuery withParticipant(EntityId id) {
        return new EventQuery(from, to, kind, article, Optional.of(id), order);
    }
}
