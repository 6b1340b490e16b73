package org.parley.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.IngestConfig;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Annotator;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.StageException;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.CoreNlpBaselines;

/**
 * Measures annotation (and, when given, extraction) throughput and peak heap on real articles, next to CoreNLP's
 * default pipeline and its quote attribution, and prints one table.
 *
 * <p>Every row processes the same articles after a warm-up on the first of them. Parley's rows run first, while
 * only Parley's models are loaded, so their peak heap is Parley's own; the CoreNLP rows run after, in the same
 * JVM, so theirs include Parley's models. On a shared machine the numbers move by 10-30% from run to run.
 */
public final class Bench {
    public static final String ANNOTATE = "parley annotate";
    public static final String ANNOTATE_EXTRACT = "parley annotate+extract";
    public static final String EXTRACT_ONLY = "parley extract only (pre-annotated)";
    public static final String QUOTE_BASELINE = "corenlp quote attribution (pipeline+depparse+coref)";

    /** Runs every row {@code options} asks for, printing progress and the final table to {@code out}. */
    public BenchReport run(BenchOptions options, PrintStream out) {
        List<Article> articles = read(options.inputs(), options.maxArticles(), out);
        if (articles.isEmpty()) throw new IllegalArgumentException("no article could be read from " + options.inputs());
        long started = System.nanoTime();
        Annotator annotator = options.annotator().orElseGet(() -> new CoreNlpAnnotator(options.nlp()));
        double loadSeconds = options.annotator().isPresent() ? 0 : (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "read %d articles; annotator %s loaded in %.1f s%n", articles.size(), annotator.version(), loadSeconds);

        List<Article> warm = articles.subList(0, Math.min(options.warmup(), articles.size()));
        List<BenchRow> rows = new ArrayList<>();
        long[] tokens = new long[articles.size()];
        Map<Article, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < articles.size(); i++) index.put(articles.get(i), i);
        for (int threads : options.threads()) {
            warm.forEach(annotator::process);
            rows.add(progress(out, measure(ANNOTATE, threads, articles, a -> {
                int size = annotator.process(a).tokens().size();
                tokens[index.get(a)] = size;
                return size;
            })));
        }
        ToLongFunction<Article> tokenCount = a -> tokens[index.get(a)];
        if (options.extract().isPresent()) {
            Function<AnnotatedArticle, ?> extract = options.extract().get();
            for (int threads : options.threads()) {
                warm.forEach(a -> extract.apply(annotator.process(a)));
                rows.add(progress(out, measure(ANNOTATE_EXTRACT, threads, articles, a -> {
                    extract.apply(annotator.process(a));
                    return tokenCount.applyAsLong(a);
                })));
            }
            List<AnnotatedArticle> annotated = articles.stream().map(annotator::process).toList();
            rows.add(progress(out, measure(EXTRACT_ONLY, 1, annotated, d -> {
                extract.apply(d);
                return d.tokens().size();
            })));
        }
        if (options.corenlpDefault()) {
            Annotator baseline = CoreNlpBaselines.defaultPipeline();
            warm.forEach(baseline::process);
            rows.add(progress(out, measure(BenchReport.DEFAULT_ROW, 1, articles, a -> {
                baseline.process(a);
                return tokenCount.applyAsLong(a);
            })));
        }
        if (options.quoteSample() > 0) {
            List<Article> sample = articles.subList(0, Math.min(options.quoteSample(), articles.size()));
            CoreNlpBaselines.attributeQuotes(sample.get(0));
            rows.add(progress(out, measure(QUOTE_BASELINE, 1, sample, a -> {
                CoreNlpBaselines.attributeQuotes(a);
                return tokenCount.applyAsLong(a);
            })));
            if (options.extract().isPresent()) {
                Function<AnnotatedArticle, ?> extract = options.extract().get();
                rows.add(progress(out, measure(ANNOTATE_EXTRACT + " (quote sample)", 1, sample, a -> {
                    extract.apply(annotator.process(a));
                    return tokenCount.applyAsLong(a);
                })));
            }
        }
        BenchReport report = new BenchReport(rows, environment(options), loadSeconds);
        out.println();
        report.print(out);
        return report;
    }

    private static BenchRow progress(PrintStream out, BenchRow row) {
        out.printf(Locale.ROOT, "  %s, %d thread(s): %.0f tokens/s%n", row.name(), row.threads(), row.tokensPerSecond());
        return row;
    }

    /** Runs {@code work} on every item with {@code threads} threads; each call returns the tokens it covered. */
    private static <T> BenchRow measure(String name, int threads, List<T> items, ToLongFunction<T> work) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (HeapPeak heap = new HeapPeak()) {
            long start = System.nanoTime();
            List<Future<Long>> futures = new ArrayList<>();
            DoubleAdder cpu = new DoubleAdder();
            ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
            for (T item : items) {
                Callable<Long> task = () -> {
                    long before = threadBean.getCurrentThreadCpuTime();
                    try {
                        return work.applyAsLong(item);
                    } finally {
                        cpu.add((threadBean.getCurrentThreadCpuTime() - before) / 1e9);
                    }
                };
                futures.add(pool.submit(task));
            }
            long tokens = 0;
            int failed = 0;
            for (Future<Long> f : futures) {
                try {
                    tokens += f.get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof StageException)) throw new IllegalStateException(name + " failed", e.getCause());
                    failed++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new BenchRow(name, threads, items.size() - failed, tokens, seconds, cpu.sum(), heap.peak(), failed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The first {@code max} articles the inputs hold, in order; records that cannot be read are skipped. */
    static List<Article> read(List<Path> inputs, int max, PrintStream out) {
        ArticleReader reader = new ArticleReader(IngestConfig.defaults());
        List<Article> articles = new ArrayList<>();
        int problems = 0;
        for (int i = 0; i < inputs.size(); i++) {
            Path input = inputs.get(i);
            int left = inputs.size() - i;
            int perInput = (max - articles.size() + left - 1) / left;
            int before = articles.size();
            try (Stream<Outcome<Article>> outcomes = reader.read(input)) {
                var it = outcomes.iterator();
                while (it.hasNext() && articles.size() - before < perInput) {
                    switch (it.next()) {
                        case Outcome.Done<Article> done -> articles.add(done.value());
                        case Outcome.Failed<Article> failed -> problems++;
                    }
                }
            }
        }
        if (problems > 0) out.printf(Locale.ROOT, "skipped %d unreadable record(s)%n", problems);
        return articles;
    }

    private static String environment(BenchOptions options) {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "%d cores, max heap %d MB, %s %s, load average %.1f; inputs %s",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                options.inputs());
    }
}
