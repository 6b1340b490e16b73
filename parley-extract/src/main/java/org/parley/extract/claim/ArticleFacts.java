package org.parley.extract.claim;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ArticleAnalysis;
import org.parley.model.ArticleId;
import org.parley.model.Attribution;
import org.parley.model.Event;
import org.parley.model.Span;
import org.parley.model.Stance;

/**
 * What the cross-outlet steps need of one analysed article: its id, outlet, date, text (to quote evidence) and
 * its attributions, stances and events, whose spans point into {@code text}.
 */
public record ArticleFacts(ArticleId article, String outlet, Optional<LocalDate> published, String text,
                           List<Attribution> attributions, List<Stance> stances, List<Event> events) {
    public ArticleFacts {
        Objects.requireNonNull(article, "article is null");
        outlet = Objects.requireNonNullElse(outlet, "");
        Objects.requireNonNull(published, "published is null");
        Objects.requireNonNull(text, "text is null");
        attributions = List.copyOf(attributions);
        stances = List.copyOf(stances);
        events = List.copyOf(events);
    }

    /** From a stored analysis: the estimated date when there is one, else the metadata date. */
    public static ArticleFacts of(ArticleAnalysis analysis) {
        Optional<LocalDate> date = analysis.date().date().or(() -> analysis.article().published());
        return new ArticleFacts(analysis.article().id(), analysis.article().outlet(), date, analysis.article().text(),
                analysis.attributions(), analysis.stances(), analysis.events());
    }

    /** Attributions only, e.g. for {@link ClaimMatcher}. */
    public static ArticleFacts ofAttributions(ArticleId article, String outlet, Optional<LocalDate> published,
                                              String text, List<Attribution> attributions) {
        return new ArticleFacts(article, outlet, published, text, attributions, List.of(), List.of());
    }

    /** The text under {@code span}, or the empty string when the span runs past the text. */
    String quote(Span span) {
        return span.end() <= text.length() ? span.of(text) : "";
    }

    /** The outlet, or the article id when the outlet is unknown, so unknown outlets never merge. */
    String outletKey() {
        return outlet.isEmpty() ? "article:" + article.value() : outlet;
    }
}
