package org.parley.store;

import org.junit.jupiter.api.AfterAll;

/** Re-analysis on PostgreSQL when {@code PARLEY_TEST_PG_URL} names a server (see {@link PostgresStoreTest}). */
class PostgresReanalysisTest extends ReanalysisContract {
    @Override
    TestDatabase database() {
        return TestDatabase.postgres(PostgresReanalysisTest.class);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        PostgresSchema.dropShared(PostgresReanalysisTest.class);
    }
}
