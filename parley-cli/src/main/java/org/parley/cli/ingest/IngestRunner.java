package org.parley.cli.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.parley.model.Article;
import org.parley.model.ArticleAnalysis;
import org.parley.model.ArticleId;
import org.parley.model.Outcome;
import org.parley.model.Problem;
import org.parley.model.StageException;

/**
 * Reads articles one by one and analyses and stores them on a pool of threads.
 *
 * <p>Memory stays bounded whatever the size of the input: reading is lazy and at most {@code 2 x threads}
 * articles are in flight. A problem with one input is reported and the batch goes on; a failure of the store
 * (database down, disk full) stops the run, because going on would only pile up more losses. Each article is
 * saved in one transaction by the sink, so a run that is killed leaves only whole articles behind.
 */
public final class IngestRunner {
    /** What the store said of one article. */
    public enum SaveStatus { STORED, UNCHANGED }

    /**
     * Where analysed articles go. Thread-safe. {@code save} throws {@link StageException} when it refuses one
     * analysis (and kept nothing of it); any other exception means the store itself failed.
     */
    public interface Sink {
        boolean contains(ArticleId id);

        SaveStatus save(ArticleAnalysis analysis);
    }

    public record Summary(int read, int stored, int unchanged, int failed, List<Problem> problems, Duration elapsed) {
        public Summary {
            problems = List.copyOf(problems);
        }

        public boolean allRead() {
            return failed == 0;
        }
    }

    private final int threads;

    public IngestRunner(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        this.threads = threads;
    }

    public Summary run(Stream<Outcome<Article>> inputs, Function<Article, ArticleAnalysis> analyze, Sink sink,
                       ProgressBar progress, Consumer<Problem> report) {
        long start = System.nanoTime();
        AtomicInteger read = new AtomicInteger();
        AtomicInteger stored = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        Consumer<Problem> fail = p -> {
            problems.add(p);
            report.accept(p);
        };
        Set<ArticleId> inFlight = ConcurrentHashMap.newKeySet();
        Semaphore slots = new Semaphore(threads * 2);
        List<Future<?>> pending = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-analyze");
            t.setDaemon(true);
            return t;
        });
        boolean completed = false;
        try (inputs) {
            inputs.forEach(outcome -> {
                switch (outcome) {
                    case Outcome.Failed<Article> f -> {
                        fail.accept(f.problem());
                        progress.step("");
                    }
                    case Outcome.Done<Article> d -> {
                        read.incrementAndGet();
                        d.warnings().forEach(report);
                        Article article = d.value();
                        if (sink.contains(article.id()) || !inFlight.add(article.id())) {
                            unchanged.incrementAndGet();
                            progress.step(article.name());
                            return;
                        }
                        slots.acquireUninterruptibly();
                        pending.add(pool.submit(() -> {
                            try {
                                ArticleAnalysis analysis = analyzeOne(article, analyze, fail);
                                if (analysis != null) {
                                    analysis.warnings().forEach(report);
                                    try {
                                        (sink.save(analysis) == SaveStatus.STORED ? stored : unchanged).incrementAndGet();
                                    } catch (StageException e) {
                                        fail.accept(e.problem());   // the store refused this one analysis, kept nothing of it
                                    }
                                }
                            } finally {
                                slots.release();
                                progress.step(article.name());
                            }
                        }));
                        // Completed tasks are checked as they are dropped: a store failure surfaces here and stops
                        // reading, instead of being discarded with its future.
                        pending.removeIf(f -> {
                            if (!f.isDone()) return false;
                            await(f);
                            return true;
                        });
                    }
                }
            });
            for (Future<?> f : pending) await(f);
            completed = true;
        } finally {
            // Interrupt workers only when the run is abandoned: a thread interrupted inside the database's file I/O
            // closes the file under every other user of it (FileChannel semantics), which H2 reports later as a
            // corrupted file. After a complete run the workers are idle and simply let go.
            if (completed) pool.shutdown();
            else pool.shutdownNow();
            progress.finish();
        }
        return new Summary(read.get(), stored.get(), unchanged.get(), problems.size(), problems,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private static ArticleAnalysis analyzeOne(Article article, Function<Article, ArticleAnalysis> analyze,
                                              Consumer<Problem> fail) {
        try {
            return analyze.apply(article);
        } catch (StageException e) {
            fail.accept(e.problem());
        } catch (RuntimeException | StackOverflowError e) {
            // A bug of ours on one article must not cost the user the rest of a long batch: report it loudly
            // with what is needed to reproduce it, count it as a failure (exit status 1), and go on.
            fail.accept(new Problem(article.source(), "analyze", "internal error: " + e,
                    "this is a bug in Parley; please report it with this file"));
        }
        return null;
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the analysis to finish", e);
        } catch (ExecutionException e) {
            // The store failed: stop the run, keeping what was committed.
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
