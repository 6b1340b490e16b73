package org.parley.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.parley.extract.ArticleAnalyzer;
import org.parley.model.Article;
import org.parley.model.Outcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Throughput of the job against the single-process pipeline on the same sample: ArticleAnalyzer on 1 and 2
 * threads, then the Spark job in local[1] and local[2] (reading, analysis, resolution, duplicates and every
 * Parquet write included). CoreNLP is loaded and warmed up once before any timing; all four runs share it.
 * Besides wall time it prints the JVM's CPU time per run: on a machine shared with other work, articles per
 * CPU-second is the per-core rate that sizing a cluster needs.
 */
@Command(name = "parley-spark bench", mixinStandardHelpOptions = true,
        description = "Articles per second: single process on 1 and 2 threads, Spark local[1] and local[2].")
public final class SparkBench implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "FILE", description = "A JSONL corpus; the sample is its first lines.")
    Path corpus;

    @Option(names = "--sample", paramLabel = "N", description = "Articles in the sample (default: ${DEFAULT-VALUE}).")
    int sample = 100;

    @Option(names = "--warmup", paramLabel = "N", description = "Articles analysed before timing, after the sample (default: ${DEFAULT-VALUE}).")
    int warmup = 10;

    @Option(names = "--modes", split = ",", paramLabel = "MODE",
            description = "Which runs: threads1, threads2, local1, local2 (default: all).")
    List<String> modes = List.of("threads1", "threads2", "local1", "local2");

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("parley-spark-bench");
        try {
            Path in = Files.createDirectories(work.resolve("in"));
            List<String> lines = lines(corpus, sample + warmup);
            Files.write(in.resolve("sample.jsonl"), lines.subList(0, Math.min(sample, lines.size())));
            long load = System.nanoTime();
            Pipelines.Pipeline pipeline = Pipelines.get(AnalysisConfig.bundled());
            System.out.printf("CoreNLP and the pipeline loaded in %.1f s%n", (System.nanoTime() - load) / 1e9);
            Path warm = work.resolve("warmup.jsonl");
            Files.write(warm, lines.subList(Math.min(sample, lines.size()), lines.size()));
            threads(pipeline.analyzer(), articles(pipeline, warm), 1);
            List<Article> articles = articles(pipeline, in);
            System.out.printf("sample: %d articles (%d chars) from the first %d lines of %s; %d cores%n", articles.size(),
                    articles.stream().mapToLong(a -> a.text().length()).sum(), sample, corpus,
                    Runtime.getRuntime().availableProcessors());
            List<String> report = new ArrayList<>();
            for (String mode : modes) {
                double[] timed = switch (mode) {
                    case "threads1" -> threads(pipeline.analyzer(), articles, 1);
                    case "threads2" -> threads(pipeline.analyzer(), articles, 2);
                    case "local1" -> spark(1, in, warm, work);
                    case "local2" -> spark(2, in, warm, work);
                    default -> throw new CommandLine.ParameterException(new CommandLine(this), "unknown mode " + mode);
                };
                double seconds = timed[0];
                double cpuSeconds = timed[1];
                report.add("%-10s %8.1f s wall %8.2f articles/s %8.1f s cpu %8.3f articles/cpu-s".formatted(
                        mode, seconds, articles.size() / seconds, cpuSeconds, articles.size() / cpuSeconds));
                System.out.println(report.get(report.size() - 1));
            }
            System.out.println(String.join(System.lineSeparator(), report));
            return 0;
        } finally {
            delete(work);
        }
    }

    /** CPU time of this JVM, every thread, GC and JIT included: on a shared machine, wall time says little. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Wall and CPU seconds of analysing the articles on a pool of {@code n} threads. */
    private static double[] threads(ArticleAnalyzer analyzer, List<Article> articles, int n) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (Article a : articles) done.add(pool.submit(() -> analyzer.process(a)));
            for (Future<?> f : done) f.get();
            return new double[] {(System.nanoTime() - start) / 1e9, (processCpuNanos() - cpu) / 1e9};
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Wall and CPU seconds of the whole job on the sample in local[cores]. A first run on the warm-up articles
     * in the same session keeps Spark's start-up and first-use compilation out of the timing, as loading CoreNLP
     * is kept out of every mode.
     */
    private static double[] spark(int cores, Path in, Path warm, Path work) {
        SparkSession spark = ParleySparkJob.session("local[" + cores + "]", "parley-spark-bench");
        try {
            ParleySparkJob.run(spark, new JobSpec(List.of(warm.toString()), work.resolve("warm" + cores).toString(), AnalysisConfig.bundled(), 2 * cores));
            long cpu = processCpuNanos();
            JobResult r = ParleySparkJob.run(spark, new JobSpec(List.of(in.toString()), work.resolve("out" + cores).toString(), AnalysisConfig.bundled(), 4 * cores));
            double cpuSeconds = (processCpuNanos() - cpu) / 1e9;
            System.out.println("  local[" + cores + "]: " + r);
            return new double[] {r.seconds(), cpuSeconds};
        } finally {
            spark.stop();
        }
    }

    private static List<Article> articles(Pipelines.Pipeline pipeline, Path file) {
        try (Stream<Outcome<Article>> s = pipeline.reader().read(file)) {
            return s.filter(o -> o instanceof Outcome.Done<Article>).map(o -> ((Outcome.Done<Article>) o).value()).toList();
        }
    }

    private static List<String> lines(Path file, int n) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null && out.size() < n; line = r.readLine()) {
                if (!line.isBlank()) out.add(line);
            }
        }
        return out;
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
