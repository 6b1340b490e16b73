package org.parley.server.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.parley.model.ArticleId;
import org.parley.model.EntityId;
import org.parley.server.story.HolderStances;
import org.parley.server.story.StanceShift;
import org.parley.server.story.StoryViews;
import org.parley.server.story.TimelineEntry;
import org.parley.store.ArticleSummary;
import org.parley.store.AttributionQuery;
import org.parley.store.EntityQuery;
import org.parley.store.EntitySummary;
import org.parley.store.EventQuery;
import org.parley.store.Page;
import org.parley.store.Paged;
import org.parley.store.StanceQuery;
import org.parley.store.Store;
import org.parley.store.StoreCounts;
import org.parley.store.StoredArticle;
import org.parley.store.StoredAttribution;
import org.parley.store.StoredEvent;
import org.parley.store.StoredStance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server reads from the store: a snapshot of every quote, stance and event for the cross-article views
 * (matrix, shifts, timeline, overview) and the quote and stance listings, rebuilt in the background when the store's
 * counts change, when this server stored an article ({@link #invalidate()}) or when the snapshot is older than
 * {@link #MAX_AGE_MILLIS}; and the store itself for everything else. Article texts (for evidence sentences) are
 * kept in an LRU cache bounded by characters: stored articles never change (the id is the hash of the text).
 *
 * <p>Freshness: a listing must show what this server stored before it answered, so listings read the snapshot only
 * when it was loaded after the last {@link #invalidate()} ({@link #fresh()}), and the store in the seconds until the
 * background refresh has caught up. Writes by another process are seen at the next counts check (every
 * {@link #CHECK_EVERY_MILLIS}) plus the time to load.
 */
public final class StoreView {
    static final long CHECK_EVERY_MILLIS = 2_000;
    static final long MAX_AGE_MILLIS = 300_000;
    private static final Logger LOG = LoggerFactory.getLogger(StoreView.class);
    /** Article texts kept for evidence sentences, in characters (about twice that in bytes). */
    private static final long TEXT_CACHE_CHARS = 32L << 20;

    /**
     * Everything the cross-article views are computed from, and the views themselves.
     *
     * @param writes the number of {@link #invalidate()} calls seen before it began loading
     */
    public record Snapshot(StoreCounts counts, long madeAt, long writes, List<ArticleSummary> articles,
                           Map<ArticleId, ArticleSummary> articlesById, List<StoredAttribution> quotes,
                           Map<Long, StoredAttribution> quotesById, List<StoredStance> stances, List<StoredEvent> events,
                           List<HolderStances> rows, List<StanceShift> shifts, List<TimelineEntry> timeline,
                           QuoteListing quoteListing, StanceListing stanceListing, Map<String, Object> derived) {
        /**
         * A value computed from this snapshot once (the matrix as JSON rows, the overview …), kept until the
         * snapshot is replaced.
         */
        @SuppressWarnings("unchecked")
        public <T> T derived(String key, Function<Snapshot, T> compute) {
            return (T) derived.computeIfAbsent(key, k -> compute.apply(this));
        }
    }

    private final Store store;
    private final StoryViews views;
    private final Object reloadLock = new Object();
    private volatile Snapshot snapshot;
    private volatile long checkedAt;
    /** Articles this server stored: a snapshot loaded before the last of them must not answer listings. */
    private final AtomicLong writes = new AtomicLong();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    /** The latest correction when the snapshot began loading. */
    private volatile long reviewsLoaded;
    private long cachedChars;
    private final LinkedHashMap<ArticleId, String> texts = new LinkedHashMap<>(256, 0.75f, true);

    public StoreView(Store store, StoryViews views) {
        this.store = store;
        this.views = views;
    }

    public Store store() {
        return store;
    }

    /**
     * The current snapshot. Only the first call waits for it to load; after that, a background thread checks the
     * store's counts every {@link #CHECK_EVERY_MILLIS} and swaps in a fresh snapshot when they changed (or the
     * snapshot is older than {@link #MAX_AGE_MILLIS}), while requests go on reading the old one.
     */
    public Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (reloadLock) {
                if (snapshot == null) {
                    long w = writes.get();
                    snapshot = load(store.counts(), w);
                    checkedAt = System.currentTimeMillis();
                }
                return snapshot;
            }
        }
        checkLater(s);
        return s;
    }

    /**
     * The snapshot when it holds every article this server stored, else empty (the caller reads the store); never
     * waits for a load, but starts one when there is no snapshot yet or it is stale.
     */
    public Optional<Snapshot> fresh() {
        Snapshot s = snapshot;
        checkLater(s);
        return s != null && s.writes() == writes.get() ? Optional.of(s) : Optional.empty();
    }

    /** Starts a background check (and reload when needed), unless one runs or the last check is recent. */
    private void checkLater(Snapshot s) {
        long now = System.currentTimeMillis();
        boolean due = s == null || s.writes() != writes.get() || now - checkedAt >= CHECK_EVERY_MILLIS;
        if (due && refreshing.compareAndSet(false, true)) {
            checkedAt = now;
            Thread.ofPlatform().daemon().name("parley-snapshot").start(this::refresh);
        }
    }

    private void refresh() {
        try {
            if (snapshot == null) {
                // The first load: the one requests that need a snapshot wait for, never a second one beside it.
                snapshot();
                return;
            }
            long w = writes.get();
            StoreCounts counts = store.counts();
            Snapshot s = snapshot;
            // Corrections made by another process ('parley review') change no count: their latest id says it.
            if (s == null || s.writes() != w || !s.counts().equals(counts) || store.reviews().latest() != reviewsLoaded
                    || System.currentTimeMillis() - s.madeAt() > MAX_AGE_MILLIS) {
                Snapshot fresh = load(counts, w);
                synchronized (reloadLock) {
                    if (snapshot == null || snapshot.writes() <= fresh.writes()) snapshot = fresh;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("could not refresh the server's view of the store; serving the previous one", e);
        } finally {
            refreshing.set(false);
        }
    }

    /**
     * Marks the snapshot stale (an article was just stored): from now on listings read the store until a snapshot
     * loaded after this call is in place; the next read starts that load.
     */
    public void invalidate() {
        writes.incrementAndGet();
    }

    /**
     * How many writes this server has made ({@link #invalidate()} calls): a value read before reading the store
     * tags what was read, which is current while this is unchanged.
     */
    long writes() {
        return writes.get();
    }

    public Optional<String> text(ArticleId id) {
        synchronized (texts) {
            String t = texts.get(id);
            if (t != null) return Optional.of(t);
        }
        Optional<String> a = store.text(id);
        a.ifPresent(text -> {
            synchronized (texts) {
                String old = texts.put(id, text);
                cachedChars += text.length() - (old == null ? 0 : old.length());
                var eldest = texts.entrySet().iterator();
                while (cachedChars > TEXT_CACHE_CHARS && eldest.hasNext()) {
                    cachedChars -= eldest.next().getValue().length();
                    eldest.remove();
                }
            }
        });
        return a;
    }

    private Snapshot load(StoreCounts counts, long writesSeen) {
        long t0 = System.nanoTime();
        reviewsLoaded = store.reviews().latest();
        List<ArticleSummary> articles = all((q, p) -> store.articles(p), null);
        List<StoredAttribution> quotes = all(store::attributions, AttributionQuery.all());
        List<StoredStance> stances = all(store::stances, StanceQuery.all());
        List<StoredEvent> events = all(store::events, EventQuery.all());
        Map<Long, StoredAttribution> byId = new HashMap<>();
        for (StoredAttribution a : quotes) byId.put(a.id(), a);
        Map<ArticleId, ArticleSummary> articlesById = new HashMap<>();
        for (ArticleSummary a : articles) articlesById.put(a.id(), a);
        Map<EntityId, List<String>> names = new HashMap<>();
        for (EntitySummary e : all(store::entities, EntityQuery.all())) {
            List<String> n = new ArrayList<>(e.entity().aliases().size() + 1);
            n.add(e.entity().name());
            n.addAll(e.entity().aliases());
            names.put(e.entity().id(), n);
        }
        long t1 = System.nanoTime();
        Snapshot s = new Snapshot(counts, System.currentTimeMillis(), writesSeen, articles, Map.copyOf(articlesById), quotes,
                Map.copyOf(byId), stances, events,
                views.holderStances(stances), views.shifts(stances), views.timeline(events, quotes),
                QuoteListing.of(quotes, stances, names), StanceListing.of(stances, names), new ConcurrentHashMap<>());
        LOG.debug("loaded a snapshot of {} articles, {} quotes, {} stances, {} events, {} entities: {} ms reading, {} ms computing views and indexes",
                articles.size(), quotes.size(), stances.size(), events.size(), names.size(), (t1 - t0) / 1_000_000,
                (System.nanoTime() - t1) / 1_000_000);
        return s;
    }

    private static <Q, T> List<T> all(BiFunction<Q, Page, Paged<T>> list, Q query) {
        List<T> out = new ArrayList<>();
        Page page = Page.first(Page.MAX_LIMIT);
        while (true) {
            Paged<T> p = list.apply(query, page);
            out.addAll(p.items());
            if (p.next().isEmpty()) return out;
            page = Page.after(Page.MAX_LIMIT, p.next().get());
        }
    }
}
