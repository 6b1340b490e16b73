package org.parley.extract;

import java.util.Objects;
import org.parley.extract.entity.EntityExtractor;
import org.parley.extract.event.EventExtractor;
import org.parley.extract.quote.AttributionExtractor;
import org.parley.extract.stance.StanceExtractor;
import org.parley.extract.time.DateEstimator;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Annotator;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.Stage;

/**
 * The whole per-article analysis: annotate, then the {@link Extraction} stages (entities, dates, attributions,
 * stances and events), each seeing what the ones before it found. Stateless and thread-safe, like its stages: one
 * instance serves a thread pool or a Spark partition. The invariants are checked after the stages, so a stage that
 * points at text that is not there fails here, with the article named, instead of being stored.
 */
public final class ArticleAnalyzer implements Stage<Article, ArticleAnalysis> {
    private final Annotator annotator;
    private final Extraction extraction;

    public ArticleAnalyzer(Annotator annotator, EntityExtractor entities, DateEstimator dates,
                           AttributionExtractor attributions, StanceExtractor stances, EventExtractor events) {
        this(annotator, new Extraction(entities, dates, attributions, stances, events));
    }

    public ArticleAnalyzer(Annotator annotator, Extraction extraction) {
        this.annotator = Objects.requireNonNull(annotator, "annotator is null");
        this.extraction = Objects.requireNonNull(extraction, "extraction is null");
    }

    /** The analyzer with the bundled lexicons and the given annotator and stance extractor (which holds the issues). */
    public static ArticleAnalyzer standard(Annotator annotator, StanceExtractor stances) {
        return new ArticleAnalyzer(annotator, Extraction.standard(stances));
    }

    @Override
    public String name() {
        return "analyze";
    }

    /**
     * The versions of every stage, stored with each article so results can be traced to the code and data that made
     * them: the annotator's, then {@link #extractionVersion()}.
     */
    @Override
    public String version() {
        return annotator.name() + "=" + annotator.version() + ";" + extraction.version();
    }

    /** The versions of the extraction stages ({@link Extraction#version()}): what decides whether an article is stale. */
    public String extractionVersion() {
        return extraction.version();
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
        return extraction.process(doc);
    }
}
