package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ArticleId;

/**
 * An article's identity and text, without its analysis: what near-duplicate detection and story clustering read.
 *
 * @param text {@link org.parley.model.Article#text()}: offsets into it are offsets into the input as given
 * @param date the article's date: from metadata, else estimated from its content
 */
public record ArticleText(ArticleId id, long seq, String name, String outlet, String title, Optional<LocalDate> date,
                          String text) {
    public ArticleText {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(outlet, "outlet is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(date, "date is null");
        Objects.requireNonNull(text, "text is null");
    }

    public ArticleRef ref() {
        return new ArticleRef(id, name, outlet, title, date);
    }
}
