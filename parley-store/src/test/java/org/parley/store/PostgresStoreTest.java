package org.parley.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;

/**
 * The store contract on PostgreSQL, each test in a fresh schema, when {@code PARLEY_TEST_PG_URL} names a server
 * (e.g. {@code jdbc:postgresql://127.0.0.1:5432/parley_test?user=parley&password=parley}, as {@code .ci/start-postgres}
 * sets up). Skipped without it; under {@code CI=true} a missing or silent server fails instead.
 */
class PostgresStoreTest extends StoreContract {
    private PostgresSchema schema;

    @Override
    StoreConfig emptyStore(Path indexDir) throws Exception {
        schema = PostgresSchema.create();
        return StoreConfig.jdbc(schema.url(), "", "", indexDir);
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (store != null) store.close();
        store = null;
        if (schema != null) schema.drop();
    }
}
