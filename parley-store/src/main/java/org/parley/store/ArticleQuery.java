package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Which articles to list, in storage order. Start from {@link #all()}.
 *
 * @param outlet the outlet, case-insensitive, whole name
 * @param from   article date (from metadata, else estimated) on or after
 * @param to     article date on or before
 */
public record ArticleQuery(Optional<String> outlet, Optional<LocalDate> from, Optional<LocalDate> to) {
    public ArticleQuery {
        outlet = Objects.requireNonNull(outlet, "outlet is null").filter(s -> !s.isBlank());
        Objects.requireNonNull(from, "from is null");
        Objects.requireNonNull(to, "to is null");
    }

    public static ArticleQuery all() {
        return new ArticleQuery(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ArticleQuery inOutlet(String name) {
        return new ArticleQuery(Optional.of(name), from, to);
    }

    public ArticleQuery between(LocalDate fromDate, LocalDate toDate) {
        return new ArticleQuery(outlet, Optional.ofNullable(fromDate), Optional.ofNullable(toDate));
    }
}
