package org.parley.store;

/**
 * The store contract on PostgreSQL, each test in a fresh schema, when {@code PARLEY_TEST_PG_URL} names a server
 * (e.g. {@code jdbc:postgresql://127.0.0.1:5432/parley_test?user=parley&password=parley}, as {@code .ci/start-postgres}
 * sets up). Skipped without it; under {@code CI=true} a missing or silent server fails instead.
 */
class PostgresStoreTest extends StoreContract {
    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
