package org.parley.model;

import java.util.List;
import java.util.Objects;

/** Everything Parley extracts from one article: what the store keeps, in one transaction, per article. */
public record ArticleAnalysis(AnnotatedArticle annotated, DateEstimate date, DocumentStructure structure,
                              List<LocalEntity> entities, List<Attribution> attributions, List<Stance> stances,
                              List<Event> events, List<Problem> warnings) {
    public ArticleAnalysis {
        Objects.requireNonNull(annotated, "annotated is null");
        Objects.requireNonNull(date, "date is null");
        Objects.requireNonNull(structure, "structure is null");
        entities = List.copyOf(entities);
        attributions = List.copyOf(attributions);
        stances = List.copyOf(stances);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }

    /** An analysis of a news report (no transcript turns, no speech). */
    public ArticleAnalysis(AnnotatedArticle annotated, DateEstimate date, List<LocalEntity> entities,
                           List<Attribution> attributions, List<Stance> stances, List<Event> events,
                           List<Problem> warnings) {
        this(annotated, date, DocumentStructure.news(), entities, attributions, stances, events, warnings);
    }

    public Article article() {
        return annotated.article();
    }
}
