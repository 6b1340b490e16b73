package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.parley.extract.entity.EntityExtractor;
import org.parley.extract.event.EventExtractor;
import org.parley.extract.quote.AttributionExtractor;
import org.parley.extract.stance.StanceExtractor;
import org.parley.extract.structure.StructureReader;
import org.parley.extract.time.DateEstimator;
import org.parley.model.AnnotatedArticle;
import org.parley.model.ArticleAnalysis;
import org.parley.model.Attribution;
import org.parley.model.DateEstimate;
import org.parley.model.DocumentStructure;
import org.parley.model.Event;
import org.parley.model.Invariants;
import org.parley.model.LocalEntity;
import org.parley.model.Problem;
import org.parley.model.Stage;
import org.parley.model.Stance;

/**
 * The extraction stages on an annotated article: entities, dates, structure, attributions, stances and events, each
 * seeing what the ones before it found. Needs no annotator, so it runs on annotations stored earlier
 * ({@code parley reanalyze}) as well as on fresh ones ({@link ArticleAnalyzer}). Stateless and thread-safe.
 */
public final class Extraction implements Stage<AnnotatedArticle, ArticleAnalysis> {
    private final EntityExtractor entities;
    private final DateEstimator dates;
    private final AttributionExtractor attributions;
    private final StanceExtractor stances;
    private final EventExtractor events;
    private final StructureReader structures = new StructureReader();
    private final String version;

    public Extraction(EntityExtractor entities, DateEstimator dates, AttributionExtractor attributions,
                      StanceExtractor stances, EventExtractor events) {
        this.entities = Objects.requireNonNull(entities, "entities is null");
        this.dates = Objects.requireNonNull(dates, "dates is null");
        this.attributions = Objects.requireNonNull(attributions, "attributions is null");
        this.stances = Objects.requireNonNull(stances, "stances is null");
        this.events = Objects.requireNonNull(events, "events is null");
        this.version = StageVersions.extraction(entities.version(), attributions.version(), stances.version(),
                stances.issues());
    }

    /** The stages with the bundled lexicons and the given stance extractor (which holds the issues). */
    public static Extraction standard(StanceExtractor stances) {
        return new Extraction(new EntityExtractor(), new DateEstimator(), new AttributionExtractor(), stances,
                new EventExtractor());
    }

    @Override
    public String name() {
        return "extract";
    }

    /**
     * The versions of the stages, each its code version and a hash of the data files it loads, with the issue set
     * ({@link StageVersions}): what decides whether a stored article is stale.
     */
    @Override
    public String version() {
        return version;
    }

    @Override
    public ArticleAnalysis process(AnnotatedArticle doc) {
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
