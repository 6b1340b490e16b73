package org.parley.store.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ArticleId;

/** What the index holds of an article. {@code text} is {@link org.parley.model.Article#text()}, so hit offsets are article offsets. */
public record IndexedArticle(ArticleId id, String title, String outlet, Optional<LocalDate> date, String text) {
    public IndexedArticle {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(outlet, "outlet is null");
        Objects.requireNonNull(date, "date is null");
        Objects.requireNonNull(text, "text is null");
    }
}
