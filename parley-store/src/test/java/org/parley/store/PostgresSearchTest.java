package org.parley.store;

/** Search over a store on PostgreSQL (see {@link PostgresStoreTest} for when it runs). */
class PostgresSearchTest extends SearchContract {
    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
