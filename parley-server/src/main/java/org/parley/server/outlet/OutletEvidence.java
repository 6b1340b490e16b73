package org.parley.server.outlet;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.Span;

/**
 * One article's report of a claim or of one side of a conflict.
 *
 * @param span    the quote's content span, or the stance's evidence sentence, in that article's text
 * @param text    {@code span.of(article text)}
 * @param speaker the name the report gives the speaker, when it names one
 * @param date    when the article says it was said or happened, else the article's date
 */
public record OutletEvidence(ArticleId article, String outlet, Span span, String text, Optional<String> speaker,
                             boolean direct, Optional<LocalDate> date) {
    public OutletEvidence {
        Objects.requireNonNull(article, "article is null");
        outlet = Objects.requireNonNullElse(outlet, "");
        Objects.requireNonNull(span, "span is null");
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(speaker, "speaker is null");
        Objects.requireNonNull(date, "date is null");
    }
}
