package org.parley.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.extract.ArticleAnalyzer;
import org.parley.extract.issue.IssueCatalog;
import org.parley.extract.stance.StanceExtractor;
import org.parley.extract.stance.StanceLexicon;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;

/**
 * Runs {@link Bench} from the command line, with Parley's standard extractors as the extract stage:
 * <pre>
 * java -Xmx2g -cp ... org.parley.bench.BenchMain [--max N] [--warmup N] [--threads 1,2] [--profile fast|accurate]
 *      [--quotes N] [--no-default] [--no-extract] FILE_OR_FOLDER...
 * </pre>
 */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) {
        List<Path> inputs = new ArrayList<>();
        BenchOptions options = BenchOptions.defaults(List.of(Path.of(".")));
        boolean extract = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--max" -> options = options.withMaxArticles(Integer.parseInt(args[++i]));
                case "--warmup" -> options = options.withWarmup(Integer.parseInt(args[++i]));
                case "--threads" -> options = options.withThreads(
                        Arrays.stream(args[++i].split(",")).map(String::strip).map(Integer::valueOf).toList());
                case "--profile" -> options = options.withNlp(NlpConfig.profile(args[++i]));
                case "--quotes" -> options = options.withQuoteSample(Integer.parseInt(args[++i]));
                case "--no-default" -> options = options.withCorenlpDefault(false);
                case "--no-extract" -> extract = false;
                default -> {
                    if (args[i].startsWith("--")) throw new IllegalArgumentException("unknown option " + args[i]);
                    inputs.add(Path.of(args[i]));
                }
            }
        }
        options = new BenchOptions(inputs, options.maxArticles(), options.warmup(), options.threads(), options.nlp(),
                options.annotator(), options.extract(), options.corenlpDefault(), options.quoteSample());
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(options.nlp());
        options = options.withAnnotator(annotator);
        if (extract) {
            ArticleAnalyzer analyzer = ArticleAnalyzer.standard(annotator,
                    new StanceExtractor(IssueCatalog.bundled().issues(), StanceLexicon.bundled()));
            options = options.withExtract(analyzer::analyze);
        }
        new Bench().run(options, System.out);
    }
}
