package org.parley.store;

import org.junit.jupiter.api.AfterAll;

/** Search over a store on PostgreSQL (see {@link PostgresStoreTest} for when it runs). */
class PostgresSearchTest extends SearchContract {
    @Override
    TestDatabase database() {
        return TestDatabase.postgres(PostgresSearchTest.class);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        PostgresSchema.dropShared(PostgresSearchTest.class);
    }
}
