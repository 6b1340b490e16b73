package org.parley.store;

import java.nio.file.Path;

/** The store contract on an embedded H2 file in a fresh temporary directory. */
class H2StoreTest extends StoreContract {
    @Override
    StoreConfig emptyStore(Path indexDir) {
        return StoreConfig.h2(dir.resolve("db").resolve("parley")).withIndexDir(indexDir);
    }
}
