package org.parley.cli;

import java.nio.file.Path;
import org.parley.store.Store;
import org.parley.store.StoreConfig;
import org.parley.store.StoreException;
import picocli.CommandLine.Option;

/** Where the store is: {@code --store} (an H2 file path or a JDBC URL), else $PARLEY_STORE, else ./parley-data/parley. */
public final class StoreOptions {
    @Option(names = {"--store", "--db"}, paramLabel = "PATH|JDBC-URL",
            description = "H2 database file (default: parley-data/parley, or $PARLEY_STORE) or a PostgreSQL JDBC URL "
                    + "(jdbc:postgresql://host/db?user=..&password=..).")
    String store;

    @Option(names = "--index", paramLabel = "DIR", description = "Lucene index folder (default: beside the H2 file, or parley-data/index).")
    Path index;

    public StoreConfig config() {
        String where = store != null ? store : System.getenv("PARLEY_STORE");
        if (where == null || where.isBlank()) {
            StoreConfig defaults = StoreConfig.defaults();
            return index == null ? defaults : defaults.withIndexDir(index);
        }
        try {
            return StoreConfig.parse(where, index);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    public Store open() {
        StoreConfig config = config();
        try {
            Store store = Store.open(config);
            // A store must open whatever it holds; what the index could not take is said, once, and work goes on.
            for (String refusal : store.indexRefusals()) System.err.println("parley: " + refusal);
            return store;
        } catch (StoreException e) {
            throw new UserException("cannot open the store " + config.database() + ": " + e.getMessage()
                    + " (is another parley process using it? H2 files allow one process at a time)", e);
        }
    }
}
