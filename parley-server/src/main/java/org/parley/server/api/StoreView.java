package org.parley.server.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.parley.model.ArticleId;
import org.parley.server.story.HolderStances;
import org.parley.server.story.StanceShift;
import org.parley.server.story.StoryViews;
import org.parley.server.story.TimelineEntry;
import org.parley.store.ArticleSummary;
import org.parley.store.AttributionQuery;
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
 * What the server reads from the store: the store itself for filtered listings, and a snapshot of every quote,
 * stance and event for the cross-article views (matrix, shifts, timeline, overview), rebuilt in the background when
 * the store's counts change or the snapshot is older than {@link #MAX_AGE_MILLIS}. Article texts (for evidence sentences) are
 * kept in an LRU cache bounded by characters: stored articles never change (the id is the hash of the text).
 */
public final class StoreView {
    static final long CHECK_EVERY_MILLIS = 2_000;
    static final long MAX_AGE_MILLIS = 300_000;
    private static final Logger LOG = LoggerFactory.getLogger(StoreView.class);
    /** Article texts kept for evidence sentences, in characters (about twice that in bytes). */
    private static final long TEXT_CACHE_CHARS = 32L << 20;

    /** Everything the cross-article views are computed from, and the views themselves. */
    public record Snapshot(StoreCounts counts, long madeAt, List<ArticleSummary> articles,
                           Map<ArticleId, ArticleSummary> articlesById, List<StoredAttribution> quotes,
                           Map<Long, StoredAttribution> quotesById, List<StoredStance> stances, List<StoredEvent> events,
                           List<HolderStances> rows, List<StanceShift> shifts, List<TimelineEntry> timeline,
                           Map<String, Object> derived) {
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
    private volatile boolean stale;
    private final AtomicBoolean refreshing = new AtomicBoolean();
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
                    snapshot = load(store.counts());
                    checkedAt = System.currentTimeMillis();
                }
                return snapshot;
            }
        }
        long now = System.currentTimeMillis();
        if ((stale || now - checkedAt >= CHECK_EVERY_MILLIS) && refreshing.compareAndSet(false, true)) {
            checkedAt = now;
            Thread.ofPlatform().daemon().name("parley-snapshot").start(this::refresh);
        }
        return s;
    }

    private void refresh() {
        try {
            StoreCounts counts = store.counts();
            Snapshot s = snapshot;
            if (stale || !s.counts().equals(counts) || System.currentTimeMillis() - s.madeAt() > MAX_AGE_MILLIS) {
                stale = false;
                Snapshot fresh = load(counts);
                synchronized (reloadLock) {
                    snapshot = fresh;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("could not refresh the server's view of the store; serving the previous one", e);
        } finally {
            refreshing.set(false);
        }
    }

    /** Marks the snapshot stale (an article was just stored): the next read starts a refresh. */
    public void invalidate() {
        stale = true;
    }

    public Optional<String> text(ArticleId id) {
        synchronized (texts) {
            String t = texts.get(id);
            if (t != null) return Optional.of(t);
        }
        Optional<StoredArticle> a = store.article(id);
        a.ifPresent(stored -> {
            synchronized (texts) {
                String old = texts.put(id, stored.article().text());
                cachedChars += stored.article().text().length() - (old == null ? 0 : old.length());
                var eldest = texts.entrySet().iterator();
                while (cachedChars > TEXT_CACHE_CHARS && eldest.hasNext()) {
                    cachedChars -= eldest.next().getValue().length();
                    eldest.remove();
                }
            }
        });
        return a.map(stored -> stored.article().text());
    }

    private Snapshot load(StoreCounts counts) {
        List<ArticleSummary> articles = all((q, p) -> store.articles(p), null);
        List<StoredAttribution> quotes = all(store::attributions, AttributionQuery.all());
        List<StoredStance> stances = all(store::stances, StanceQuery.all());
        List<StoredEvent> events = all(store::events, EventQuery.all());
        Map<Long, StoredAttribution> byId = new HashMap<>();
        for (StoredAttribution a : quotes) byId.put(a.id(), a);
        Map<ArticleId, ArticleSummary> articlesById = new HashMap<>();
        for (ArticleSummary a : articles) articlesById.put(a.id(), a);
        return new Snapshot(counts, System.currentTimeMillis(), articles, Map.copyOf(articlesById), quotes, Map.copyOf(byId),
                stances, events,
                views.holderStances(stances), views.shifts(stances), views.timeline(events, quotes), new ConcurrentHashMap<>());
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
