package org.parley.extract.claim;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.Span;

/**
 * Where one side of a conflict was read.
 *
 * @param text {@code span.of(article text)}: the sentence, quote or event mention
 * @param date when the article says it happened or was said, else the article's date
 */
public record ConflictEvidence(ArticleId article, String outlet, Span span, String text, Optional<LocalDate> date) {
    public ConflictEvidence {
        Objects.requireNonNull(article, "article is null");
        outlet = Objects.requireNonNullElse(outlet, "");
        Objects.requireNonNull(span, "span is null");
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(date, "date is null");
    }
}
