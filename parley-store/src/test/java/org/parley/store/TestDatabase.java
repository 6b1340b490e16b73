package org.parley.store;

import java.nio.file.Path;

/** An empty database for one test: an H2 file, or a fresh PostgreSQL schema. */
interface TestDatabase {
    /** A configuration for an empty store whose files (H2, index) live under {@code dir}. */
    StoreConfig emptyStore(Path dir) throws Exception;

    /** Throws away what {@link #emptyStore} made outside {@code dir}. */
    void drop() throws Exception;

    /** An embedded H2 file under the test's directory: nothing to drop, the directory goes with the test. */
    static TestDatabase h2() {
        return new TestDatabase() {
            @Override
            public StoreConfig emptyStore(Path dir) {
                return StoreConfig.h2(dir.resolve("db").resolve("parley")).withIndexDir(dir.resolve("index"));
            }

            @Override
            public void drop() {
                // the @TempDir holds everything
            }
        };
    }

    /**
     * The schema of test class {@code owner} on the server of {@code PARLEY_TEST_PG_URL}, emptied before each test
     * (the test is skipped when there is no server). The class drops it with {@link PostgresSchema#dropShared}.
     */
    static TestDatabase postgres(Class<?> owner) {
        return new TestDatabase() {
            @Override
            public StoreConfig emptyStore(Path dir) throws Exception {
                return StoreConfig.jdbc(PostgresSchema.forClass(owner).url(), "", "", dir.resolve("index"));
            }

            @Override
            public void drop() {
                // the schema outlives the test; the class drops it after its last test
            }
        };
    }
}
