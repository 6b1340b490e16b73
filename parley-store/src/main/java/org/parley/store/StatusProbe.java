package org.parley.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.parley.store.internal.Db;
import org.parley.store.internal.Sql;
import org.parley.store.search.SearchIndex;

/**
 * {@link Store#status}: one query to the database and one searcher from the index. The database query runs on its
 * own thread so a caller waits at most its timeout (a stopped PostgreSQL makes the pool wait up to 30 s for a
 * connection); callers that come while one query is under way share it instead of piling up more.
 */
final class StatusProbe {
    private final Db db;
    private final SearchIndex index;
    private final String database;
    private final StoreConfig config;
    private final AtomicReference<CompletableFuture<Long>> running = new AtomicReference<>();

    StatusProbe(Db db, SearchIndex index, String database, StoreConfig config) {
        this.db = db;
        this.index = index;
        this.database = database;
        this.config = config;
    }

    StoreStatus status(Duration timeout) {
        Optional<String> dbProblem = Optional.empty();
        long dbBytes = -1;
        try {
            dbBytes = query().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            dbProblem = Optional.of("the database at %s gave no answer within %d ms".formatted(database, timeout.toMillis()));
        } catch (ExecutionException e) {
            dbProblem = Optional.of("the database at " + database + " does not answer: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dbProblem = Optional.of("interrupted while asking the database");
        }
        Optional<String> indexProblem = Optional.empty();
        long docs = 0;
        long indexBytes = -1;
        try {
            docs = index.documents();
            indexBytes = index.bytes();
        } catch (IOException | RuntimeException e) {
            indexProblem = Optional.of("the search index in " + config.indexDir() + " cannot be read: " + e.getMessage());
        }
        Db.PoolStats p = db.stats();
        return new StoreStatus(dbProblem, indexProblem, docs, dbBytes, indexBytes,
                new StoreStatus.Pool(p.active(), p.idle(), p.waiting(), p.max()));
    }

    /** The query under way, or a new one: its answer is the database's size in bytes (-1 when unknown). */
    private CompletableFuture<Long> query() {
        while (true) {
            CompletableFuture<Long> current = running.get();
            if (current != null && !current.isDone()) return current;
            CompletableFuture<Long> fresh = new CompletableFuture<>();
            if (!running.compareAndSet(current, fresh)) continue;
            Thread.ofVirtual().name("parley-store-probe").start(() -> {
                try {
                    fresh.complete(db.read(c -> Sql.databaseBytes(c, h2File())));
                } catch (SQLException | RuntimeException e) {
                    fresh.completeExceptionally(e);
                }
            });
            return fresh;
        }
    }

    private Optional<Path> h2File() {
        return config.database() instanceof StoreConfig.H2File h2
                ? Optional.of(h2.file().resolveSibling(h2.file().getFileName() + ".mv.db")) : Optional.empty();
    }
}
