package org.parley.extract.stance;

import java.nio.file.Path;
import org.parley.extract.ArticleAnalyzer;
import org.parley.extract.issue.IssueCatalog;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;

/** The real annotator and extractors, loaded once per test JVM, for the stance ITs. */
final class RealPipeline {
    static final CoreNlpAnnotator NLP = new CoreNlpAnnotator(NlpConfig.defaults());
    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard(NLP,
            new StanceExtractor(IssueCatalog.bundled().issues(), StanceLexicon.bundled()));

    private RealPipeline() {
    }

    /** Annotation, entities, attributions and date (the stances in it are for the bundled issues: tests use their own). */
    static ArticleAnalysis analyse(Article article) {
        return ANALYZER.process(article);
    }

    /** A file at the root of the source tree (examples/, eval/). */
    static Path sourceFile(String relative) {
        String root = System.getenv("PARLEY_SOURCE_ROOT");
        return (root == null ? Path.of("..") : Path.of(root)).resolve(relative);
    }

    static IssueCatalog ukraineIssues() {
        return IssueCatalog.load(sourceFile("examples/issues-ukraine.json"));
    }
}
