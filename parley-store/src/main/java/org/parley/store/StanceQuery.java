package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.EntityId;

/**
 * Which stances to list; every filter given must hold. Start from {@link #all()}.
 *
 * @param holderName part of the holder's name, case-insensitive (in the article, or of the resolved entity)
 * @param order      storage order, or by date (see {@link Order#CHRONOLOGICAL})
 * @param from       stance date on or after: the date of the statement when the article tells it, else the
 *                   article's date
 * @param rejected   whether stances that review rejected are listed too (marked by their {@link StoredStance#review()});
 *                   they are left out by default, from listings and from everything counted from them
 */
public record StanceQuery(Optional<String> issue, Optional<EntityId> holder, Optional<String> holderName,
                          Optional<ArticleId> article, Optional<LocalDate> from, Optional<LocalDate> to, Order order,
                          boolean rejected) {
    public StanceQuery {
        issue = Objects.requireNonNull(issue, "issue is null").filter(s -> !s.isBlank());
        Objects.requireNonNull(holder, "holder is null");
        holderName = Objects.requireNonNull(holderName, "holderName is null").filter(s -> !s.isBlank());
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
        Objects.requireNonNull(order, "order is null");
    }

    public static StanceQuery all() {
        return new StanceQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Order.STORED, false);
    }

    public StanceQuery withIssue(String id) {
        return new StanceQuery(Optional.of(id), holder, holderName, article, from, to, order, rejected);
    }

    public StanceQuery withHolder(EntityId id) {
        return new StanceQuery(issue, Optional.of(id), holderName, article, from, to, order, rejected);
    }

    public StanceQuery withHolderName(String name) {
        return new StanceQuery(issue, holder, Optional.of(name), article, from, to, order, rejected);
    }

    public StanceQuery withArticle(ArticleId id) {
        return new StanceQuery(issue, holder, holderName, Optional.of(id), from, to, order, rejected);
    }

    public StanceQuery ordered(Order o) {
        return new StanceQuery(issue, holder, holderName, article, from, to, o, rejected);
    }

    public StanceQuery between(LocalDate fromDate, LocalDate toDate) {
        return new StanceQuery(issue, holder, holderName, article, Optional.ofNullable(fromDate), Optional.ofNullable(toDate), order, rejected);
    }

    /** The same query, listing rejected stances too. */
    public StanceQuery withRejected() {
        return new StanceQuery(issue, holder, holderName, article, from, to, order, true);
    }
}
