package org.parley.server.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.parley.extract.map.MapOptions;
import org.parley.extract.map.Statement;
import org.parley.model.Entity;
import org.parley.model.EntityId;
import org.parley.server.map.IssueMaps;
import org.parley.server.map.MapStatements;
import org.parley.store.EntityQuery;
import org.parley.store.Page;
import org.parley.store.Paged;
import org.parley.store.StanceQuery;
import org.parley.store.StoredStance;

/**
 * What the map endpoints read, at the store's current state: every stored stance as a map statement, by issue, and
 * the JSON answers built from them, kept for the last {@link #KEPT} distinct requests. Thread-safe.
 *
 * <p>Freshness: a map must show every correction and article this server stored before it answered (corrections
 * win everywhere). The statements come from the snapshot when it is fresh ({@link StoreView#fresh()}), else from
 * the store itself, read once per write of this server ({@link StoreView#writes()}); the answers are kept with the
 * statements they were built from, so a write, a reloaded snapshot (another process wrote) or a correction starts
 * from an empty set of answers.
 *
 * <p>Cost: a map takes tens of milliseconds to build and write (it carries every statement behind every lane
 * segment); a kept answer is bytes and an ETag. Requests for a map being built wait for that build rather than
 * building it again.
 */
final class MapAnswers {
    static final int KEPT = 256;

    /** A request for a map, its lanes or its overlaps: the issue and the options as parsed, not as spelled. */
    record Key(String kind, String issue, MapOptions options) {
    }

    /** An answer's JSON and its ETag (a hash of the JSON, as {@link Revalidation} makes it). */
    record Answer(byte[] json, String etag) {
        static Answer of(byte[] json) {
            return new Answer(json, "\"" + Revalidation.hash(json) + "\"");
        }
    }

    /** The statements at one state of the store and the answers built from them. */
    static final class Source {
        private final Map<String, List<Statement>> byIssue;
        private final Map<Key, FutureTask<Answer>> answers = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, FutureTask<Answer>> eldest) {
                return size() > KEPT;
            }
        };

        Source(Map<String, List<Statement>> byIssue) {
            this.byIssue = Collections.unmodifiableMap(byIssue);
        }

        Map<String, List<Statement>> byIssue() {
            return byIssue;
        }

        /** The kept answer to {@code key}, else the one {@code build} makes (once, however many ask meanwhile). */
        Answer answer(Key key, Supplier<byte[]> build) {
            FutureTask<Answer> task;
            boolean mine = false;
            synchronized (answers) {
                task = answers.get(key);
                if (task == null) {
                    task = new FutureTask<>(() -> Answer.of(build.get()));
                    answers.put(key, task);
                    mine = true;
                }
            }
            if (mine) task.run();
            try {
                return task.get();
            } catch (ExecutionException | CancellationException e) {
                forget(key, task);
                Throwable cause = e.getCause() == null ? e : e.getCause();
                if (cause instanceof RuntimeException r) throw r;
                if (cause instanceof Error err) throw err;
                throw new IllegalStateException("could not build the map " + key, cause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the map " + key, e);
            }
        }

        private void forget(Key key, FutureTask<Answer> task) {
            synchronized (answers) {
                answers.remove(key, task);
            }
        }
    }

    private final StoreView view;
    private final Object readLock = new Object();
    /** Read from the store when the snapshot was not fresh, with the writes counted before reading. */
    private volatile Read read;

    private record Read(long writes, Source source) {
    }

    MapAnswers(StoreView view) {
        this.view = view;
    }

    /** The statements and answers at the store's current state (as this server knows it). */
    Source source() {
        Optional<StoreView.Snapshot> fresh = view.fresh();
        if (fresh.isPresent()) {
            if (read != null) read = null; // what was read from the store before this snapshot is not asked for again
            return fresh.get().derived("map-source", s -> new Source(byIssue(s.stances())));
        }
        Read r = read;
        long writes = view.writes();
        if (r != null && r.writes() == writes) return r.source();
        synchronized (readLock) {
            r = read;
            writes = view.writes();
            if (r != null && r.writes() == writes) return r.source();
            // The writes are counted before reading: a write made while reading counts again, and the next
            // request reads again.
            Source s = new Source(byIssue(all((q, p) -> view.store().stances(q, p), StanceQuery.all())));
            read = new Read(writes, s);
            return s;
        }
    }

    private Map<String, List<Statement>> byIssue(List<StoredStance> stances) {
        Map<EntityId, Entity> entities = new HashMap<>();
        all((q, p) -> view.store().entities(q, p), EntityQuery.all()).forEach(e -> entities.put(e.entity().id(), e.entity()));
        return IssueMaps.byIssue(MapStatements.of(stances, entities, view::text));
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
