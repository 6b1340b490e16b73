package org.parley.store;

import org.junit.jupiter.api.AfterAll;

/** Stories and signatures on PostgreSQL when {@code PARLEY_TEST_PG_URL} names a server; see {@link PostgresStoreTest}. */
class PostgresStoryStoreTest extends StoryStoreContract {
    @Override
    TestDatabase database() {
        return TestDatabase.postgres(PostgresStoryStoreTest.class);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        PostgresSchema.dropShared(PostgresStoryStoreTest.class);
    }
}
