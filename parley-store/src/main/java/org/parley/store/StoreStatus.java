package org.parley.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What a health check and a metrics scrape need to know about a {@link Store}, found out just now.
 *
 * @param databaseProblem why the database did not answer a query, or empty when it did
 * @param indexProblem    why the search index could not be read, or empty when it could
 * @param indexDocuments  documents (articles and quotes) in the search index; 0 when it could not be read
 * @param databaseBytes   the database's size on disk (the H2 file, or PostgreSQL's {@code pg_database_size});
 *                        -1 when unknown
 * @param indexBytes      the search index's size on disk; -1 when unknown
 * @param pool            the connection pool now
 */
public record StoreStatus(Optional<String> databaseProblem, Optional<String> indexProblem, long indexDocuments,
                          long databaseBytes, long indexBytes, Pool pool) {
    public StoreStatus {
        Objects.requireNonNull(databaseProblem, "databaseProblem is null");
        Objects.requireNonNull(indexProblem, "indexProblem is null");
        Objects.requireNonNull(pool, "pool is null");
    }

    /**
     * The database connection pool.
     *
     * @param active  connections lent to work now
     * @param idle    connections open and free
     * @param waiting threads waiting for a connection
     * @param max     the most connections the pool opens
     */
    public record Pool(int active, int idle, int waiting, int max) {
    }

    /** Whether both the database and the index answered. */
    public boolean healthy() {
        return databaseProblem.isEmpty() && indexProblem.isEmpty();
    }
}
