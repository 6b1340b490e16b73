package org.parley.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.parley.model.Article;
import org.parley.model.Attribution;
import org.parley.model.DateEstimate;
import org.parley.model.DocumentStructure;
import org.parley.model.Event;
import org.parley.model.LocalEntity;
import org.parley.model.Mention;
import org.parley.model.Problem;
import org.parley.model.Sentence;
import org.parley.model.Stance;
import org.parley.model.TimeMention;

/**
 * An article as stored: the article with its removals and metadata, and its analysis without tokens (which the
 * store does not keep; {@link Sentence#firstToken()} and {@link Sentence#endToken()} still say where they were).
 *
 * @param analyzerVersion the version string given to {@link Store#save}
 * @param annotator       {@link org.parley.model.AnnotatedArticle#annotator()}
 */
public record StoredArticle(Article article, long seq, DateEstimate date, List<Sentence> sentences,
                            List<Mention> mentions, List<TimeMention> times, List<LocalEntity> entities,
                            List<Attribution> attributions, List<Stance> stances, List<Event> events,
                            List<Problem> warnings, String annotator, String analyzerVersion, Instant storedAt,
                            DocumentStructure structure) {
    public StoredArticle {
        Objects.requireNonNull(article, "article is null");
        Objects.requireNonNull(date, "date is null");
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        entities = List.copyOf(entities);
        attributions = List.copyOf(attributions);
        stances = List.copyOf(stances);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(annotator, "annotator is null");
        Objects.requireNonNull(analyzerVersion, "analyzerVersion is null");
        Objects.requireNonNull(storedAt, "storedAt is null");
        Objects.requireNonNull(structure, "structure is null");
    }
}
