package org.parley.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.parley.bench.Bench;
import org.parley.bench.BenchOptions;
import org.parley.extract.ArticleAnalyzer;
import org.parley.extract.entity.EntityExtractor;
import org.parley.extract.event.EventExtractor;
import org.parley.extract.quote.AttributionExtractor;
import org.parley.extract.stance.StanceExtractor;
import org.parley.extract.stance.StanceLexicon;
import org.parley.extract.story.MinHasher;
import org.parley.extract.time.DateEstimator;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.IngestConfig;
import org.parley.model.AnnotatedArticle;
import org.parley.model.Article;
import org.parley.model.Attribution;
import org.parley.model.DateEstimate;
import org.parley.model.LocalEntity;
import org.parley.model.Outcome;
import org.parley.nlp.CoreNlpAnnotator;
import org.parley.nlp.NlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code parley bench PATH}: articles/s, tokens/s and peak heap for annotation and the whole analysis, on one thread
 * and on all cores, beside CoreNLP's default pipeline and its quote attribution, all on the same articles; then
 * the time each extraction stage adds per article.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures throughput and peak heap on real articles and prints one table, with CoreNLP's default",
                "pipeline and quote attribution on the same articles for comparison, then a per-stage breakdown."})
public final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Articles to measure on (files or folders; JSONL corpora work well).")
    List<Path> inputs;

    @Option(names = "--max", defaultValue = "300", description = "Articles to measure on (default: ${DEFAULT-VALUE}).")
    int max;

    @Option(names = "--warmup", defaultValue = "20", description = "Warm-up articles (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", split = ",", description = "Thread counts to measure (default: 1 and all cores).")
    List<Integer> threads;

    @Option(names = "--quotes", defaultValue = "10", description = "Articles for CoreNLP's slow quote-attribution baseline; 0 skips it (default: ${DEFAULT-VALUE}).")
    int quoteSample;

    @Option(names = "--no-default", description = "Skip CoreNLP's default pipeline.")
    boolean noDefault;

    @Option(names = "--profile", defaultValue = "fast", description = "Annotator profile: fast or accurate (default: ${DEFAULT-VALUE}).")
    String profile;

    @Mixin
    IssuesOption issues;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(NlpConfig.profile(profile));
        EntityExtractor entities = new EntityExtractor();
        DateEstimator dates = new DateEstimator();
        AttributionExtractor attributions = new AttributionExtractor();
        StanceExtractor stances = new StanceExtractor(issues.catalog().issues(), StanceLexicon.bundled());
        EventExtractor events = new EventExtractor();
        MinHasher minHasher = new MinHasher();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(annotator, entities, dates, attributions, stances, events);

        BenchOptions options = BenchOptions.defaults(inputs).withMaxArticles(max).withWarmup(warmup)
                .withQuoteSample(quoteSample).withCorenlpDefault(!noDefault).withAnnotator(annotator)
                // The whole per-article analysis, including the near-duplicate signature the story stage needs.
                .withExtract(doc -> {
                    minHasher.signature(doc.article());
                    return analyzer.analyze(doc);
                });
        if (threads != null) options = options.withThreads(threads);
        PrintStream ps = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        out.flush();
        new Bench().run(options, ps);

        // Per-stage breakdown on the same kind of articles, annotated once: what each extraction stage costs.
        List<AnnotatedArticle> docs = annotate(annotator, Math.min(max, 100));
        Map<String, Consumer<AnnotatedArticle>> stages = new LinkedHashMap<>();
        stages.put("entities", entities::process);
        stages.put("dates", dates::estimate);
        stages.put("quotes + reported speech", d -> {
            List<LocalEntity> e = entities.process(d);
            long t = System.nanoTime();
            attributions.analyse(d, e);
            STAGE_NANOS.set(System.nanoTime() - t);
        });
        stages.put("stances", d -> {
            List<LocalEntity> e = entities.process(d);
            List<Attribution> a = attributions.analyse(d, e).attributions();
            DateEstimate when = dates.estimate(d);
            long t = System.nanoTime();
            stances.extract(d, e, a, when);
            STAGE_NANOS.set(System.nanoTime() - t);
        });
        stages.put("events / timeline", d -> {
            List<LocalEntity> e = entities.process(d);
            DateEstimate when = dates.estimate(d);
            long t = System.nanoTime();
            events.extract(d, e, when);
            STAGE_NANOS.set(System.nanoTime() - t);
        });
        stages.put("near-duplicate signature", d -> minHasher.signature(d.article()));
        printStages(ps, docs, annotator, stages);
        return 0;
    }

    /** Set by a stage that times only its own part of a composite step (stances need entities and quotes first). */
    private static final ThreadLocal<Long> STAGE_NANOS = new ThreadLocal<>();

    private List<AnnotatedArticle> annotate(CoreNlpAnnotator annotator, int n) {
        List<Article> articles = new ArrayList<>();
        ArticleReader reader = new ArticleReader(IngestConfig.defaults());
        for (Path p : inputs) {
            try (var s = reader.read(p)) {
                s.limit(n - articles.size()).forEach(o -> {
                    if (o instanceof Outcome.Done<Article> d) articles.add(d.value());
                });
            }
            if (articles.size() >= n) break;
        }
        return articles.parallelStream().map(annotator::process).toList();
    }

    private static void printStages(PrintStream out, List<AnnotatedArticle> docs, CoreNlpAnnotator annotator,
                                    Map<String, Consumer<AnnotatedArticle>> stages) {
        if (docs.isEmpty()) return;
        long t0 = System.nanoTime();
        for (AnnotatedArticle d : docs) annotator.process(d.article());
        double annotateMs = (System.nanoTime() - t0) / 1e6 / docs.size();
        Map<String, Double> ms = new LinkedHashMap<>();
        for (int pass = 0; pass < 3; pass++) {
            for (var e : stages.entrySet()) {
                long total = 0;
                for (AnnotatedArticle d : docs) {
                    STAGE_NANOS.remove();
                    long t = System.nanoTime();
                    e.getValue().accept(d);
                    Long own = STAGE_NANOS.get();
                    total += own != null ? own : System.nanoTime() - t;
                }
                ms.put(e.getKey(), total / 1e6 / docs.size());  // the last pass counts: the JIT has warmed up by then
            }
        }
        double extractMs = ms.values().stream().mapToDouble(Double::doubleValue).sum();
        out.printf(Locale.ROOT, "%nPer-article time by stage, one thread, %d articles (annotation %.2f ms/article):%n", docs.size(), annotateMs);
        for (var e : ms.entrySet()) {
            out.printf(Locale.ROOT, "  %-26s %8.3f ms  %5.1f%% of annotate+extract%n", e.getKey(), e.getValue(),
                    100 * e.getValue() / (annotateMs + extractMs));
        }
        double stanceTimeline = ms.get("stances") + ms.get("events / timeline");
        double before = annotateMs + extractMs - stanceTimeline;
        out.printf(Locale.ROOT, "  stances + timeline add %.1f%% to the rest of the analysis; near-duplicate signatures add %.1f%%%n",
                100 * stanceTimeline / before, 100 * ms.get("near-duplicate signature") / (annotateMs + extractMs - ms.get("near-duplicate signature")));
    }
}
