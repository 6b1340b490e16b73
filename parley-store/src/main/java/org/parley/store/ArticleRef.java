package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ArticleId;

/**
 * The article a quote, stance or event was read in.
 *
 * @param date the article's date: from metadata, else estimated from its content
 */
public record ArticleRef(ArticleId id, String name, String outlet, String title, Optional<LocalDate> date) {
    public ArticleRef {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(outlet, "outlet is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(date, "date is null");
    }
}
