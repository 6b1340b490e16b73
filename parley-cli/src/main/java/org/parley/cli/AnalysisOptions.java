package org.parley.cli;

import org.parley.extract.ArticleAnalyzer;
import org.parley.extract.issue.IssueCatalog;
import org.parley.extract.stance.StanceExtractor;
import org.parley.extract.stance.StanceLexicon;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;
import picocli.CommandLine.Option;

/** How articles are analysed: the issues stances are read on, and the number of threads. */
public final class AnalysisOptions {
    @picocli.CommandLine.Mixin
    IssuesOption issues;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: all cores).")
    Integer threads;

    public int threads() {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new UserException("--threads must be at least 1, got " + n);
        return n;
    }

    public IssueCatalog catalog() {
        return issues.catalog();
    }

    /** The issues file's party groupings for the negotiation map. */
    public org.parley.extract.map.PartyOverrides parties() {
        return issues.parties();
    }

    /** Loads CoreNLP (several seconds, ~1 GiB) and builds the analyzer every thread shares. */
    public ArticleAnalyzer analyzer(IssueCatalog catalog) {
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.defaults());
        return ArticleAnalyzer.standard(annotator, new StanceExtractor(catalog.issues(), StanceLexicon.bundled()));
    }
}
