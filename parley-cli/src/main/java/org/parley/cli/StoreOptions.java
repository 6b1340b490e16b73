package org.parley.cli;

import java.nio.file.Files;
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

    /**
     * Opens an existing store, for commands that read: a mistyped {@code --store} is an error naming the path, not a
     * new empty store that answers every question with nothing.
     */
    public Store open() {
        StoreConfig config = config();
        if (config.database() instanceof StoreConfig.H2File h2) {
            Path file = h2.file().resolveSibling(h2.file().getFileName() + ".mv.db").toAbsolutePath();
            if (!Files.exists(file)) {
                throw new UserException("no store at " + file + "; check --store (or $PARLEY_STORE), or make one with "
                        + "'parley ingest PATH" + (store != null ? " --store " + store : "") + "'");
            }
        }
        return openOrCreate(config);
    }

    /** Opens the store, creating it when it does not exist yet: for commands that write ({@code ingest}, {@code serve}). */
    public Store openOrCreate() {
        return openOrCreate(config());
    }

    private static Store openOrCreate(StoreConfig config) {
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
