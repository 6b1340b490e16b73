package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.extract.entity.EntityExtractor;
import org.parley.extract.event.EventExtractor;
import org.parley.extract.quote.AttributionExtractor;
import org.parley.extract.stance.StanceExtractor;
import org.parley.extract.time.DateEstimator;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Annotator;
import org.parley.model.Article;
import org.parley.model.DocumentStructure;
import org.parley.extract.structure.StructureReader;
import org.parley.model.ArticleAnalysis;
import org.parley.model.Attribution;
import org.parley.model.DateEstimate;
import org.parley.model.Event;
import org.parley.model.Invariants;
import org.parley.model.LocalEntity;
import org.parley.model.Problem;
import org.parley.model.Stage;
import org.parley.model.Stance;

/**
 * The whole per-article analysis: annotate, then entities, dates, attributions, stances and events, each stage
 * seeing what the ones before it found. Stateless and thread-safe, like its stages: one instance serves a thread
 * pool or a Spark partition. The invariants are checked after the stages, so a stage that points at text that is
 * not there fails here, with the article named, instead of being stored.
 */
public final class ArticleAnalyzer implements Stage<Article, ArticleAnalysis> {
    private final Annotator annotator;
    private final EntityExtractor entities;
    private final DateEstimator dates;
    private final AttributionExtractor attributions;
    private final StanceExtractor stances;
    private final EventExtractor events;
    private final StructureReader structures = new StructureReader();

    public ArticleAnalyzer(Annotator annotator, EntityExtractor entities, DateEstimator dates,
                           AttributionExtractor attributions, StanceExtractor stances, EventExtractor events) {
        this.annotator = Objects.requireNonNull(annotator, "annotator is null");
        this.entities = Objects.requireNonNull(entities, "entities is null");
        this.dates = Objects.requireNonNull(dates, "dates is null");
        this.attributions = Objects.requireNonNull(attributions, "attributions is null");
        this.stances = Objects.requireNonNull(stances, "stances is null");
        this.events = Objects.requireNonNull(events, "events is null");
    }

    /** The analyzer with the bundled lexicons and the given annotator and stance extractor (which holds the issues). */
    public static ArticleAnalyzer standard(Annotator annotator, StanceExtractor stances) {
        return new ArticleAnalyzer(annotator, new EntityExtractor(), new DateEstimator(), new AttributionExtractor(),
                stances, new EventExtractor());
    }

    @Override
    public String name() {
        return "analyze";
    }

    /** The versions of every stage, stored with each article so results can be traced to the code that made them. */
    @Override
    public String version() {
        return String.join(";", annotator.name() + "=" + annotator.version(),
                entities.name() + "=" + entities.version(),
                attributions.name() + "=" + attributions.version(),
                stances.name() + "=" + stances.version());
    }

    @Override
    public ArticleAnalysis process(Article article) {
        return analyze(annotator.process(article));
    }

    /** The annotator of the first stage (an evaluation may keep its output to skip it when run again). */
    public Annotator annotator() {
        return annotator;
    }

    /** The extraction stages alone, on an article already annotated (the benchmark times them apart). */
    public ArticleAnalysis analyze(AnnotatedArticle doc) {
        List<LocalEntity> found = entities.process(doc);
        DateEstimate date = dates.estimate(doc);
        DocumentStructure structure = structures.read(doc, found);
        AttributionExtractor.Result said = attributions.analyse(doc, found, structure);
        List<Attribution> attributed = said.attributions();
        List<Stance> positions = stances.extract(doc, found, attributed, date, structure);
        List<Event> happenings = events.extract(doc, found, date);
        List<Problem> warnings = new ArrayList<>(said.warnings());
        return Invariants.check(new ArticleAnalysis(doc, date, structure, found, attributed, positions, happenings, warnings));
    }
}
