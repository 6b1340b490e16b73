package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.store.Store;
import org.parley.store.StoreConfig;
import org.parley.store.StoreException;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where the store is: {@code --store} (an H2 file path or a JDBC URL), else $PARLEY_STORE, else ./parley-data/parley. */
public final class StoreOptions {
    @Option(names = {"--store", "--db"}, paramLabel = "PATH|JDBC-URL",
            description = "H2 database file (default: parley-data/parley, or $PARLEY_STORE) or a PostgreSQL JDBC URL "
                    + "(jdbc:postgresql://host/db?user=..&password=..).")
    String store;

    @Option(names = "--index", paramLabel = "DIR", description = "Lucene index folder (default: beside the H2 file, or parley-data/index).")
    Path index;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Where the database user and password come from: the environment, or {@code serve}'s configuration file. */
    Settings settings = Settings.environment();

    public StoreConfig config() {
        String where = store != null ? store : System.getenv("PARLEY_STORE");
        if (where == null || where.isBlank()) {
            StoreConfig defaults = StoreConfig.defaults();
            return index == null ? defaults : defaults.withIndexDir(index);
        }
        try {
            StoreConfig config = StoreConfig.parse(where, index);
            if (!(config.database() instanceof StoreConfig.Jdbc jdbc)) return config;
            if (typed() && jdbc.url().matches("(?i).*[?&;]password=.*")) {
                err().println("parley: warning: the JDBC URL on the command line holds a password, which 'ps' shows to "
                        + "every user of this machine; leave it out of the URL and give it in PARLEY_DB_PASSWORD, or "
                        + "PARLEY_DB_PASSWORD_FILE naming a file (or db-password-file= in serve's --config file)");
            }
            Optional<String> password = settings.secret("db-password");
            Optional<String> user = settings.value("db-user");
            if (password.isEmpty() && user.isEmpty()) return config;
            return new StoreConfig(new StoreConfig.Jdbc(jdbc.url(), user.orElse(jdbc.user()), password.orElse(jdbc.password())),
                    config.indexDir(), config.poolSize());
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    private java.io.PrintWriter err() {
        if (command != null && command.commandLine() != null) return command.commandLine().getErr();
        return new java.io.PrintWriter(System.err, true);
    }

    /** Whether --store was typed on the command line (and not taken from the environment or a file). */
    private boolean typed() {
        if (store == null) return false;
        if (command == null || command.commandLine() == null || command.commandLine().getParseResult() == null) return true;
        var parsed = command.commandLine().getParseResult();
        return parsed.hasMatchedOption("--store") || parsed.hasMatchedOption("--db");
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
