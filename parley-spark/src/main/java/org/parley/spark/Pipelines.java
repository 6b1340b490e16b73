package org.parley.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.parley.extract.ArticleAnalyzer;
import org.parley.extract.stance.StanceExtractor;
import org.parley.extract.stance.StanceLexicon;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.IngestConfig;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;

/**
 * One reader and one analyzer per executor JVM and config. CoreNLP's models take ~1 GB and many seconds to load,
 * so every task of an executor shares them (the stages are thread-safe) instead of loading them per partition,
 * let alone per record. Built the way the CLI builds them (AnalysisOptions): the same code, not a copy of it.
 */
public final class Pipelines {
    /** The two halves of the single-machine pipeline: reading and cleaning, then analysis. */
    public record Pipeline(ArticleReader reader, ArticleAnalyzer analyzer) {
    }

    private static final Map<AnalysisConfig, Pipeline> LOADED = new ConcurrentHashMap<>();

    private Pipelines() {
    }

    /** The pipeline for {@code config}, loaded on first use in this JVM; concurrent first callers wait for one load. */
    public static Pipeline get(AnalysisConfig config) {
        return LOADED.computeIfAbsent(config, Pipelines::load);
    }

    private static Pipeline load(AnalysisConfig config) {
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.defaults());
        StanceExtractor stances = new StanceExtractor(config.catalog().issues(), StanceLexicon.bundled());
        return new Pipeline(new ArticleReader(IngestConfig.defaults()), ArticleAnalyzer.standard(annotator, stances));
    }
}
