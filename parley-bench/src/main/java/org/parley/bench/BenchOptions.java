package org.parley.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Annotator;
import org.parley.nlp.NlpConfig;

/**
 * What {@link Bench} measures.
 *
 * @param inputs        files or folders of articles in any format {@code ArticleReader} reads, taken in order
 * @param maxArticles   articles to read from the inputs (the same ones for every row)
 * @param warmup        articles annotated before each measured row, so the JIT has compiled the hot paths
 * @param threads       thread counts to run Parley at, e.g. {@code [1, 2]}
 * @param nlp           the annotator profile, used when {@code annotator} is empty
 * @param annotator     an annotator already loaded by the caller (the CLI's), else one is built from {@code nlp}
 * @param extract       the extraction stages to time after annotation ("annotate + extract" rows), if any
 * @param corenlpDefault whether to run CoreNLP's default pipeline for comparison (one thread)
 * @param quoteSample   articles to run CoreNLP's quote attribution on (slow; 0 skips it)
 */
public record BenchOptions(List<Path> inputs, int maxArticles, int warmup, List<Integer> threads, NlpConfig nlp,
                           Optional<Annotator> annotator, Optional<Function<AnnotatedArticle, ?>> extract,
                           boolean corenlpDefault, int quoteSample) {
    public BenchOptions {
        inputs = List.copyOf(inputs);
        threads = List.copyOf(threads);
        Objects.requireNonNull(nlp, "nlp is null");
        Objects.requireNonNull(annotator, "annotator is null");
        Objects.requireNonNull(extract, "extract is null");
        if (inputs.isEmpty()) throw new IllegalArgumentException("no input to benchmark: give a file or folder of articles");
        if (maxArticles < 1) throw new IllegalArgumentException("maxArticles is %d; use at least 1".formatted(maxArticles));
        if (warmup < 0 || quoteSample < 0) {
            throw new IllegalArgumentException("warmup %d and quoteSample %d must not be negative".formatted(warmup, quoteSample));
        }
        if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException("threads %s: give one or more counts of at least 1".formatted(threads));
        }
    }

    /** 300 articles, 20 warm-up, 1 thread and all cores, fast profile, CoreNLP default, quote baseline on 10. */
    public static BenchOptions defaults(List<Path> inputs) {
        int cores = Runtime.getRuntime().availableProcessors();
        List<Integer> threads = cores > 1 ? List.of(1, cores) : List.of(1);
        return new BenchOptions(inputs, 300, 20, threads, NlpConfig.defaults(), Optional.empty(), Optional.empty(), true, 10);
    }

    public BenchOptions withMaxArticles(int max) {
        return new BenchOptions(inputs, max, warmup, threads, nlp, annotator, extract, corenlpDefault, quoteSample);
    }

    public BenchOptions withWarmup(int articles) {
        return new BenchOptions(inputs, maxArticles, articles, threads, nlp, annotator, extract, corenlpDefault, quoteSample);
    }

    public BenchOptions withThreads(List<Integer> counts) {
        return new BenchOptions(inputs, maxArticles, warmup, counts, nlp, annotator, extract, corenlpDefault, quoteSample);
    }

    public BenchOptions withNlp(NlpConfig config) {
        return new BenchOptions(inputs, maxArticles, warmup, threads, config, annotator, extract, corenlpDefault, quoteSample);
    }

    public BenchOptions withAnnotator(Annotator loaded) {
        return new BenchOptions(inputs, maxArticles, warmup, threads, nlp, Optional.of(loaded), extract, corenlpDefault, quoteSample);
    }

    public BenchOptions withExtract(Function<AnnotatedArticle, ?> stages) {
        return new BenchOptions(inputs, maxArticles, warmup, threads, nlp, annotator, Optional.of(stages), corenlpDefault, quoteSample);
    }

    public BenchOptions withCorenlpDefault(boolean run) {
        return new BenchOptions(inputs, maxArticles, warmup, threads, nlp, annotator, extract, run, quoteSample);
    }

    public BenchOptions withQuoteSample(int articles) {
        return new BenchOptions(inputs, maxArticles, warmup, threads, nlp, annotator, extract, corenlpDefault, articles);
    }
}
