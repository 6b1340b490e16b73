package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.parley.cli.watch.FeedFetcher;
import org.parley.cli.watch.WatchSource;
import org.parley.cli.watch.Watcher;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.IngestConfig;
import org.parley.server.ParleyServer;
import org.parley.store.Store;
import org.parley.store.StoreConfig;

/**
 * {@code parley serve --watch}: the watcher of {@code parley watch} on a thread of the server, sharing the upload's
 * language models (loaded on the watcher's thread as the server starts, which stays responsive meanwhile), and telling the server after each poll that stored articles.
 */
final class ServeWatch {
    private final List<WatchSource> sources;
    private final Duration every;
    private final String everyText;
    private final Path stateFile;
    private Watcher watcher;
    private Thread thread;

    private ServeWatch(List<WatchSource> sources, Duration every, String everyText, Path stateFile) {
        this.sources = sources;
        this.every = every;
        this.everyText = everyText;
        this.stateFile = stateFile;
    }

    /** Checks the options before the server starts, so a bad source is a usage error, not a late surprise. */
    static ServeWatch of(List<String> args, String every, StoreConfig config) {
        Duration interval = WatchCommand.interval(every, "--watch-every");
        return new ServeWatch(WatchCommand.parse(args), interval, every, WatchCommand.defaultState(config));
    }

    void start(Store store, ServeIngest ingest, ParleyServer server, PrintWriter out, PrintWriter err) {
        if (sources.isEmpty()) return;
        IngestConfig config = IngestConfig.defaults();
        watcher = new Watcher(sources, new ArticleReader(config), new FeedFetcher(Duration.ofSeconds(30), config.maxFileBytes()),
                new WatchSink(store, ingest::analyzer, server::storedElsewhere), WatchCommand.state(stateFile),
                Clock.systemUTC(), WatchCommand.backoff(every), Duration.ofSeconds(2), l -> line(out, l), l -> line(err, l));
        thread = new Thread(() -> {
            try {
                ingest.analyzer();   // load the models now, on this thread: the first new item need not wait for them
                watcher.run(every, watcher.sleeper(), poll -> {
                    if (poll.stored() > 0) line(out, WatchCommand.summary(poll));
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // the store itself failed: stop watching, keep serving what is stored
                line(err, "parley: watch stopped: " + e.getMessage() + "; the server goes on without --watch");
            }
        }, "parley-watch");
        thread.setDaemon(true);
        thread.start();
        line(out, "parley: watching %d source(s) every %s".formatted(sources.size(), everyText));
    }

    /** Stops the watcher after its current article, waiting for that at most a minute. */
    void stop() {
        if (watcher == null) return;
        watcher.stop();
        try {
            thread.join(Duration.ofMinutes(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void line(PrintWriter w, String s) {
        synchronized (w) {
            w.println(s);
            w.flush();
        }
    }
}
