package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.parley.cli.watch.Backoff;
import org.parley.cli.watch.Durations;
import org.parley.cli.watch.FeedFetcher;
import org.parley.cli.watch.WatchSource;
import org.parley.cli.watch.WatchState;
import org.parley.cli.watch.Watcher;
import org.parley.extract.ArticleAnalyzer;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.IngestConfig;
import org.parley.store.Store;
import org.parley.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley watch URL|FOLDER...}: follow feeds and folders into the store. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follows RSS/Atom feeds (http/https URLs) and folders: polls them, and analyses and stores each",
                "new or changed item or file, until Ctrl-C (which finishes the current article first).",
                "Feeds are fetched with conditional GETs (ETag, Last-Modified); a failing source is retried later,",
                "its rest doubling up to an hour, while the others go on. What was seen is kept in a state file.",
                "Exit status with --once: 0 when every source was read, 1 when one failed or had a problem, 2 on a usage error."})
public final class WatchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "URL|FOLDER", description = "Feed URLs (http, https) and folders or files to follow.")
    List<String> sources;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AnalysisOptions analysis;

    @Option(names = "--every", paramLabel = "DURATION", defaultValue = "5m",
            description = "Time between polls: 30s, 5m, 1h (default: ${DEFAULT-VALUE}).")
    String every;

    @Option(names = "--once", description = "Poll every source once, store what is new, and exit.")
    boolean once;

    @Option(names = "--state", paramLabel = "FILE",
            description = "Where what was seen is kept (default: beside the store, <store>.watch.json).")
    Path stateFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Give up on a feed that has not answered in full after this many seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--max-file-size", paramLabel = "MB", defaultValue = "64",
            description = "Largest feed or file read, in MB (default: ${DEFAULT-VALUE}).")
    long maxFileMb;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems and the polls that stored something.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Duration interval = interval(every, "--every");
        if (timeoutSeconds < 1) throw new UserException("--timeout is %d; give at least 1 (seconds)".formatted(timeoutSeconds));
        if (maxFileMb < 1 || maxFileMb > 2047) {
            throw new UserException("--max-file-size is %d MB; give a size from 1 to 2047 (MB)".formatted(maxFileMb));
        }
        List<WatchSource> parsed = parse(sources);
        StoreConfig config = storeOptions.config();
        WatchState state = state(stateFile != null ? stateFile : defaultState(config));
        IngestConfig ingest = IngestConfig.defaults().withMaxFileBytes(maxFileMb << 20);
        CountDownLatch done = new CountDownLatch(1);
        try (Store store = storeOptions.openOrCreate()) {
            Supplier<ArticleAnalyzer> analyzer = once(() -> {
                if (!quiet) line(err, "parley: loading the language models…");
                return analysis.analyzer(analysis.catalog());
            });
            if (!once) analyzer.get();   // a long watch pays for the models up front, not on its first new item
            Watcher watcher = new Watcher(parsed, new ArticleReader(ingest),
                    new FeedFetcher(Duration.ofSeconds(timeoutSeconds), ingest.maxFileBytes()),
                    new WatchSink(store, analyzer, () -> { }), state, Clock.systemUTC(), backoff(interval),
                    Duration.ofSeconds(2), l -> line(out, l), l -> line(err, l));
            Thread stopper = new Thread(() -> {
                watcher.stop();
                try {
                    done.await(5, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "parley-watch-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            try {
                return watch(watcher, interval, parsed.size(), out, err);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopper);
                } catch (IllegalStateException e) {
                    // shutting down (Ctrl-C): the hook is running and waits for the count-down below
                }
            }
        } finally {
            done.countDown();
        }
    }

    private int watch(Watcher watcher, Duration interval, int count, PrintWriter out, PrintWriter err) throws InterruptedException {
        if (once) {
            Watcher.Poll poll = watcher.poll();
            line(out, summary(poll));
            return poll.failedSources() == 0 && poll.problems() == 0 ? 0 : 1;
        }
        if (!quiet) line(err, "parley: watching %d source(s) every %s; Ctrl-C stops".formatted(count, every));
        watcher.run(interval, watcher.sleeper(), poll -> {
            if (poll.stored() > 0 || !quiet && (poll.problems() > 0 || poll.failedSources() > 0)) line(out, summary(poll));
        });
        line(err, "parley: watch stopped after the current article");
        return 0;
    }

    static Duration interval(String text, String option) {
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserException(option + ": " + e.getMessage(), e);
        }
    }

    static List<WatchSource> parse(List<String> args) {
        List<WatchSource> parsed = new ArrayList<>();
        for (String a : args) {
            try {
                parsed.add(WatchSource.parse(a));
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), e);
            }
        }
        return parsed;
    }

    /** A failing source rests one interval (at least 30 s), doubling up to an hour (or the interval, if longer). */
    static Backoff backoff(Duration interval) {
        Duration first = interval.compareTo(Duration.ofSeconds(30)) < 0 ? Duration.ofSeconds(30) : interval;
        Duration max = first.compareTo(Duration.ofHours(1)) > 0 ? first : Duration.ofHours(1);
        return new Backoff(first, max);
    }

    /** The state file beside an H2 store ({@code <file>.watch.json}), else beside the index folder. */
    static Path defaultState(StoreConfig config) {
        if (config.database() instanceof StoreConfig.H2File h2) {
            return h2.file().resolveSibling(h2.file().getFileName() + ".watch.json");
        }
        return config.indexDir().resolveSibling(config.indexDir().getFileName() + ".watch.json");
    }

    static WatchState state(Path file) {
        try {
            return WatchState.load(file);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    static String summary(Watcher.Poll p) {
        return "parley: poll at %s: %d stored (%d updated), %d unchanged, %d problem(s), %d source(s) failed, %d resting"
                .formatted(LocalTime.now().truncatedTo(ChronoUnit.SECONDS), p.stored(), p.updated(), p.unchanged(),
                        p.problems(), p.failedSources(), p.resting());
    }

    static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = make.get();
                return value;
            }
        };
    }

    private static void line(PrintWriter w, String s) {
        synchronized (w) {
            w.println(s);
            w.flush();
        }
    }
}
