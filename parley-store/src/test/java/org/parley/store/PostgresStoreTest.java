package org.parley.store;

import org.junit.jupiter.api.AfterAll;

/**
 * The store contract on PostgreSQL, in a schema of its own emptied before each test, when
 * {@code PARLEY_TEST_PG_URL} names a server (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/parley_test?user=parley&password=parley}, as {@code .ci/start-postgres}
 * sets up). Skipped without it; under {@code CI=true} a missing or silent server fails instead.
 */
class PostgresStoreTest extends StoreContract {
    @Override
    TestDatabase database() {
        return TestDatabase.postgres(PostgresStoreTest.class);
    }

    @AfterAll
    static void dropSchema() throws Exception {
        PostgresSchema.dropShared(PostgresStoreTest.class);
    }
}
