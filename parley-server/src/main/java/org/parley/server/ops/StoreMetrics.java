package org.parley.server.ops;

import org.parley.store.StoreCounts;
import org.parley.store.StoreStatus;

/** The store's part of {@code /metrics}: whether it answers, its size, and its connection pool. */
final class StoreMetrics {
    private StoreMetrics() {
    }

    static void render(StringBuilder out, StoreStatus status, StoreCounts counts) {
        gauge(out, "parley_store_up", "1 when the database answered a query at this scrape, else 0.",
                status.databaseProblem().isEmpty() ? 1 : 0);
        gauge(out, "parley_index_up", "1 when the search index could be read at this scrape, else 0.",
                status.indexProblem().isEmpty() ? 1 : 0);
        if (counts != null) {
            Metrics.header(out, "parley_store_rows", "gauge", "What the store holds, by kind.");
            row(out, "articles", counts.articles());
            row(out, "attributions", counts.attributions());
            row(out, "stances", counts.stances());
            row(out, "events", counts.events());
            row(out, "entities", counts.entities());
            row(out, "entity_mentions", counts.entityMentions());
        }
        if (status.databaseBytes() >= 0) {
            gauge(out, "parley_store_database_bytes", "The database's size on disk (H2 file, or pg_database_size).", status.databaseBytes());
        }
        if (status.indexBytes() >= 0) {
            gauge(out, "parley_store_index_bytes", "The search index's size on disk.", status.indexBytes());
        }
        gauge(out, "parley_store_index_documents", "Documents (articles and quotes) in the search index.", status.indexDocuments());
        StoreStatus.Pool pool = status.pool();
        Metrics.header(out, "parley_db_pool_connections", "gauge", "Database connections by state: active (lent), idle, max.");
        Metrics.sample(out, "parley_db_pool_connections" + Metrics.labels("state", "active"), pool.active());
        Metrics.sample(out, "parley_db_pool_connections" + Metrics.labels("state", "idle"), pool.idle());
        Metrics.sample(out, "parley_db_pool_connections" + Metrics.labels("state", "max"), pool.max());
        gauge(out, "parley_db_pool_waiting_threads", "Threads waiting for a database connection.", pool.waiting());
    }

    private static void row(StringBuilder out, String kind, long n) {
        Metrics.sample(out, "parley_store_rows" + Metrics.labels("kind", kind), n);
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        Metrics.header(out, name, "gauge", help);
        Metrics.sample(out, name, value);
    }
}
