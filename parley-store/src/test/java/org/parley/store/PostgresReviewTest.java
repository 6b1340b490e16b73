package org.parley.store;

import org.junit.jupiter.api.AfterAll;

/** Review and correction on PostgreSQL when {@code PARLEY_TEST_PG_URL} names a server; see {@link PostgresStoreTest}. */
class PostgresReviewTest extends ReviewContract {
    @Override
    TestDatabase database() {
        return TestDatabase.postgres(PostgresReviewTest.class);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        PostgresSchema.dropShared(PostgresReviewTest.class);
    }
}
