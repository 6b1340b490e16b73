package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.extract.ArticleAnalyzer;
import org.parley.extract.issue.IssueCatalog;
import org.parley.extract.stance.StanceExtractor;
import org.parley.extract.stance.StanceLexicon;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;
import picocli.CommandLine.Option;

/** How articles are analysed: the issues stances are read on, and the number of threads. */
public final class AnalysisOptions {
    @Option(names = "--issues", paramLabel = "FILE",
            description = "Issues to read stances on, as JSON (see README, 'Issues'); default: $PARLEY_ISSUES, else the bundled general issues.")
    Path issues;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: all cores).")
    Integer threads;

    public int threads() {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new UserException("--threads must be at least 1, got " + n);
        return n;
    }

    public IssueCatalog catalog() {
        Path file = issues;
        if (file == null && System.getenv("PARLEY_ISSUES") != null && !System.getenv("PARLEY_ISSUES").isBlank()) {
            file = Path.of(System.getenv("PARLEY_ISSUES"));
        }
        if (file == null) return IssueCatalog.bundled();
        if (!Files.isRegularFile(file)) throw new UserException("issues file " + file + " does not exist");
        try {
            return IssueCatalog.load(file);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    /** Loads CoreNLP (several seconds, ~1 GiB) and builds the analyzer every thread shares. */
    public ArticleAnalyzer analyzer(IssueCatalog catalog) {
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.defaults());
        return ArticleAnalyzer.standard(annotator, new StanceExtractor(catalog.issues(), StanceLexicon.bundled()));
    }
}
