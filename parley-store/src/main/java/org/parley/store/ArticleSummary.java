package org.parley.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.ArticleId;
import org.parley.model.DateEstimate;

/**
 * An article in a listing: what identifies it, its date, how much was found in it, and the versions of the stages
 * that found it ({@code analyzerVersion}, to compare with the running analyzer's).
 */
public record ArticleSummary(ArticleId id, long seq, String name, String source, String outlet, String title,
                             Optional<LocalDate> published, DateEstimate date, Counts counts, String analyzerVersion) {
    public ArticleSummary {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(source, "source is null");
        Objects.requireNonNull(outlet, "outlet is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(published, "published is null");
        Objects.requireNonNull(date, "date is null");
        Objects.requireNonNull(counts, "counts is null");
        Objects.requireNonNull(analyzerVersion, "analyzerVersion is null");
    }

    /** How many of each thing the analysis of one article holds. */
    public record Counts(int sentences, int mentions, int entities, int attributions, int stances, int events) {
    }
}
