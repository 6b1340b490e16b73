package org.parley.extract.claim;

import java.util.Objects;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.Span;

/**
 * One article carrying a claim.
 *
 * @param span    the attribution's content span in that article's text
 * @param speaker the canonical speaker name, when the attribution names one
 */
public record ClaimSource(ArticleId article, String outlet, Span span, String text, Optional<String> speaker,
                          boolean direct) {
    public ClaimSource {
        Objects.requireNonNull(article, "article is null");
        outlet = Objects.requireNonNullElse(outlet, "");
        Objects.requireNonNull(span, "span is null");
        Objects.requireNonNull(text, "text is null");
        Objects.requireNonNull(speaker, "speaker is null");
    }
}
