package org.parley.cli.watch;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.format.Bytes;
import org.parley.ingest.format.Format;
import org.parley.ingest.format.Sniffer;
import org.parley.model.Article;
import org.parley.model.Outcome;
import org.parley.model.Problem;
import org.parley.model.StageException;

/**
 * Follows feeds and folders: each poll asks every source that is not resting after a failure for what is new,
 * and hands each article not seen before to the {@link ArticleSink}.
 *
 * <ol>
 *   <li>A feed is fetched with a conditional GET; 304 means nothing to do. Its items are keyed by guid (else link,
 *       else position): an item whose key and text were seen is skipped; a new key, or a known key with new text
 *       (a new article id), is analysed and stored as a new article, as a re-ingest of a changed file is.</li>
 *   <li>A folder is listed; a file whose size and modification time are unchanged is skipped, else its content
 *       hash decides; a changed file is read whole, and the store says which of its articles are new.</li>
 *   <li>A source that fails (HTTP error, timeout, not a feed, folder gone) is reported in one line and rests,
 *       doubling its rest with each failure in a row ({@link Backoff}); the other sources go on.</li>
 *   <li>{@link #stop()} ends the run after the article being stored: no article is half written.</li>
 * </ol>
 * Only what the feed itself carries is stored (full content when the feed has it, else its summary): linked pages
 * are not fetched.
 */
public final class Watcher {
    /** What one poll did. */
    public record Poll(int stored, int updated, int unchanged, int problems, int failedSources, int resting) {
        public static final Poll NONE = new Poll(0, 0, 0, 0, 0, 0);

        Poll plus(Poll o) {
            return new Poll(stored + o.stored, updated + o.updated, unchanged + o.unchanged, problems + o.problems,
                    failedSources + o.failedSources, resting + o.resting);
        }
    }

    /** How the loop waits between polls: the real one waits on {@link #stop()}; tests advance a clock instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    private final List<WatchSource> sources;
    private final ArticleReader reader;
    private final FeedFetcher fetcher;
    private final ArticleSink sink;
    private final WatchState state;
    private final Clock clock;
    private final Backoff backoff;
    private final Consumer<String> log;
    private final Consumer<String> problems;
    private final FolderScan folders;
    private final CountDownLatch stopSignal = new CountDownLatch(1);
    private volatile boolean stopping;

    /**
     * @param log      one line per stored article and per poll that found something
     * @param problems one line per problem, naming the source
     */
    public Watcher(List<WatchSource> sources, ArticleReader reader, FeedFetcher fetcher, ArticleSink sink, WatchState state,
                   Clock clock, Backoff backoff, Duration settle, Consumer<String> log, Consumer<String> problems) {
        if (sources.isEmpty()) throw new IllegalArgumentException("nothing to watch: give at least one feed URL or folder");
        this.sources = List.copyOf(sources);
        this.reader = Objects.requireNonNull(reader, "reader is null");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher is null");
        this.sink = Objects.requireNonNull(sink, "sink is null");
        this.state = Objects.requireNonNull(state, "state is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.backoff = Objects.requireNonNull(backoff, "backoff is null");
        this.log = log;
        this.problems = problems;
        this.folders = new FolderScan(reader, clock, settle);
    }

    /** Asks to stop: the current article is finished, then the run returns. Safe from any thread. */
    public void stop() {
        stopping = true;
        stopSignal.countDown();
    }

    public boolean stopping() {
        return stopping;
    }

    /** Waits {@code d}, or less when {@link #stop()} is called. */
    public Sleeper sleeper() {
        return d -> stopSignal.await(d.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Polls every {@code every} until {@link #stop()}, telling {@code afterPoll} of each poll; returns the totals. */
    public Poll run(Duration every, Sleeper sleeper, Consumer<Poll> afterPoll) throws InterruptedException {
        Poll total = Poll.NONE;
        while (!stopping) {
            Poll poll = poll();
            afterPoll.accept(poll);
            total = total.plus(poll);
            if (!stopping) sleeper.sleep(every);
        }
        return total;
    }

    /** One poll of every source that is not resting. The state is saved after each source. */
    public Poll poll() throws InterruptedException {
        Poll total = Poll.NONE;
        for (WatchSource source : sources) {
            if (stopping) break;
            WatchState.Source st = state.of(source);
            long now = clock.millis();
            if (st.retryAt > now) {
                total = total.plus(new Poll(0, 0, 0, 0, 0, 1));
                continue;
            }
            Counter c = new Counter();
            try {
                switch (source) {
                    case WatchSource.Feed f -> pollFeed(f, st, c);
                    case WatchSource.Folder f -> folders.poll(f, st, this::stopping, c, this::ingest);
                }
                st.failures = 0;
                st.retryAt = 0;
            } catch (FeedFetcher.SourceException e) {
                st.failures++;
                Duration rest = backoff.after(st.failures);
                st.retryAt = clock.millis() + rest.toMillis();
                problems.accept("parley: watch %s: %s; next try in %s (failure %d in a row)"
                        .formatted(source.key(), e.getMessage(), words(rest), st.failures));
                c.failedSources++;
            } finally {
                state.save();
            }
            total = total.plus(c.poll());
        }
        if (total.stored() > 0) sink.afterStored();
        return total;
    }

    private void pollFeed(WatchSource.Feed feed, WatchState.Source st, Counter c)
            throws FeedFetcher.SourceException, InterruptedException {
        if (!(fetcher.fetch(feed.url(), st.validators()) instanceof FeedFetcher.Fetched.Body body)) return;
        // Read as a feed or not at all: a login page or an error page answered with 200 is no article.
        Format format = Sniffer.sniff(body.bytes(), Math.min(body.bytes().length, Bytes.HEAD));
        if (format != Format.FEED) {
            throw new FeedFetcher.SourceException("the answer is not an RSS or Atom feed (it looks like %s); check the URL"
                    .formatted(format.name().toLowerCase(java.util.Locale.ROOT)));
        }
        Map<String, String> items = new LinkedHashMap<>();
        List<Problem> feedProblems = new ArrayList<>();
        int articles = 0;
        boolean complete = true;
        try (Stream<Outcome<Article>> read = reader.read(feed.key(), new ByteArrayInputStream(body.bytes()))) {
            for (Outcome<Article> outcome : (Iterable<Outcome<Article>>) read::iterator) {
                if (stopping) {
                    complete = false;
                    break;
                }
                switch (outcome) {
                    case Outcome.Failed<Article> f -> {
                        // An item's own problem (source "url#n") is the item's; any other is the feed's.
                        if (f.problem().source().startsWith(feed.key() + "#")) c.problem(f.problem());
                        else feedProblems.add(f.problem());
                    }
                    case Outcome.Done<Article> d -> {
                        articles++;
                        Article article = d.value();
                        String key = itemKey(article);
                        String before = st.items.get(key);
                        items.put(key, article.id().value());
                        if (article.id().value().equals(before)) continue;
                        d.warnings().forEach(c::problem);
                        ingest(article, before != null, c);
                    }
                }
            }
        }
        if (articles == 0 && !feedProblems.isEmpty()) {
            throw new FeedFetcher.SourceException(feedProblems.get(0).message());
        }
        feedProblems.forEach(c::problem);
        if (!complete) {
            // stopped part-way: what was read is remembered, and the feed is fetched in full next time
            st.items.putAll(items);
            st.etag = null;
            st.lastModified = null;
            return;
        }
        st.items = items;   // items that left the feed are forgotten; the store still knows their articles
        // A feed read only in part is fetched in full next time: its validators are not kept.
        boolean whole = feedProblems.isEmpty();
        st.etag = whole ? body.validators().etag().orElse(null) : null;
        st.lastModified = whole ? body.validators().lastModified().orElse(null) : null;
    }

    /** Hands one article to the sink unless the store has it; a refused article is one problem line. */
    void ingest(Article article, boolean update, Counter c) {
        if (sink.contains(article.id())) {
            c.unchanged++;
            return;
        }
        try {
            if (sink.store(article)) {
                c.stored++;
                if (update) c.updated++;
                log.accept("parley: %s %s (%s)".formatted(update ? "updated" : "stored", label(article), article.source()));
            } else {
                c.unchanged++;
            }
        } catch (StageException e) {
            c.problem(e.problem());
        }
    }

    private static String itemKey(Article a) {
        String guid = a.metadata().getOrDefault("guid", "");
        if (!guid.isBlank()) return guid;
        return a.url().isBlank() ? a.name() : a.url();
    }

    private static String label(Article a) {
        return a.title().isBlank() ? a.name() : "'" + a.title() + "'";
    }

    static String words(Duration d) {
        if (d.toSeconds() < 120) return d.toSeconds() + " s";
        if (d.toMinutes() < 120) return d.toMinutes() + " min";
        return d.toHours() + " h";
    }

    /** Counts of one source's poll, and its problem lines. */
    final class Counter {
        int stored;
        int updated;
        int unchanged;
        int problemCount;
        int failedSources;

        void problem(Problem p) {
            problemCount++;
            problems.accept("parley: watch: " + p);
        }

        Poll poll() {
            return new Poll(stored, updated, unchanged, problemCount, failedSources, 0);
        }
    }
}
