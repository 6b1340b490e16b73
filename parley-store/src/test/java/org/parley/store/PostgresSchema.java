package org.parley.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.parley.testkit.Shared;

/** A throwaway schema on the PostgreSQL server named by {@code PARLEY_TEST_PG_URL}. */
final class PostgresSchema {
    static final String ENV = "PARLEY_TEST_PG_URL";

    private final String baseUrl;
    private final String name;

    private PostgresSchema(String baseUrl, String name) {
        this.baseUrl = baseUrl;
        this.name = name;
    }

    /** Creates a fresh schema, or skips the test (fails it under CI=true) when no server is configured or answers. */
    static PostgresSchema create() throws SQLException {
        String url = System.getenv(ENV);
        if (url == null || url.isBlank()) {
            unavailable(ENV + " is not set (e.g. jdbc:postgresql://127.0.0.1:5432/parley_test?user=parley&password=parley; "
                    + "start a server with .ci/start-postgres)", null);
        }
        String name = "parley_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        DriverManager.setLoginTimeout(5);
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            unavailable("no PostgreSQL server answers at " + url.replaceAll("password=[^&]*", "password=***") + ": " + e.getMessage(), e);
        }
        return new PostgresSchema(url, name);
    }

    private static final Map<Class<?>, PostgresSchema> SHARED = new ConcurrentHashMap<>();

    /**
     * The schema of a test class, created at its first test and emptied before each: migrating a fresh schema per
     * test would double the time of the PostgreSQL suite. {@link #dropShared} drops it after the class.
     */
    static PostgresSchema forClass(Class<?> owner) throws SQLException {
        PostgresSchema schema = SHARED.get(owner);
        if (schema == null) {
            schema = create();
            SHARED.put(owner, schema);
        } else {
            schema.empty();
        }
        return schema;
    }

    static void dropShared(Class<?> owner) throws SQLException {
        PostgresSchema schema = SHARED.remove(owner);
        if (schema != null) schema.drop();
    }

    /** Deletes every row the tests wrote, keeping the schema and its migration history. */
    private void empty() throws SQLException {
        try (Connection c = DriverManager.getConnection(url()); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + name + "' AND table_name <> 'flyway_schema_history'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            if (tables.isEmpty()) return;
            st.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
            // the row V1 seeds: see db/migration
            st.execute("INSERT INTO store_meta (meta_key, meta_value) VALUES ('resolution_generation', '0')");
        }
    }

    private static void unavailable(String why, Throwable cause) {
        if (Shared.inCi()) throw new AssertionError("CI=true, so the PostgreSQL tests must run, but " + why, cause);
        Assumptions.abort("skipped PostgreSQL store tests: " + why);
    }

    /** The URL with this schema as the current one. */
    String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    void drop() throws SQLException {
        try (Connection c = DriverManager.getConnection(baseUrl); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + name + " CASCADE");
        }
    }
}
