package org.parley.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.parley.model.Span;

/** JDBC helpers that read and write the same way on H2 and PostgreSQL. */
public final class Sql {
    /** The escape character of every LIKE pattern this store builds. */
    public static final String LIKE_ESCAPE = " ESCAPE '!'";

    private Sql() {
    }

    /** SQLState 23505 on both H2 and PostgreSQL. */
    public static boolean isUniqueViolation(SQLException e) {
        return anyState(e, "23505"::equals);
    }

    /** Whether {@code e}, an exception chained to it (batches chain the real cause) or its cause has such a state. */
    private static boolean anyState(SQLException e, Predicate<String> test) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (s.getSQLState() != null && test.test(s.getSQLState())) return true;
            if (s.getCause() instanceof SQLException cause && cause != s && cause.getSQLState() != null
                    && test.test(cause.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLState class 23: a constraint (foreign key, unique, check, not null) refused the data. */
    public static boolean isIntegrityViolation(SQLException e) {
        return anyState(e, state -> state.startsWith("23"));
    }

    /**
     * SQLState class 22 (a data exception: a value too long for its column, out of range) or 54000 (PostgreSQL's
     * "index row size exceeds maximum"): the database cannot hold one value of what was written.
     */
    public static boolean isValueTooLarge(SQLException e) {
        return anyState(e, state -> state.startsWith("22") || "54000".equals(state));
    }

    /** H2's lock timeout (HYT00) or PostgreSQL's lock/serialization failures: worth trying again. */
    public static boolean isTransient(SQLException e) {
        return anyState(e, state -> "HYT00".equals(state) || "40001".equals(state) || "40P01".equals(state)
                || "55P03".equals(state));
    }

    public static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08");
    }

    /**
     * Answers a query, then says how many bytes the database takes: {@code h2File}'s size for embedded H2,
     * {@code pg_database_size} for PostgreSQL, -1 for anything else.
     */
    public static long databaseBytes(Connection c, Optional<java.nio.file.Path> h2File) throws SQLException {
        boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        try (java.sql.Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(postgres ? "SELECT pg_database_size(current_database())" : "SELECT 1")) {
            rs.next();
            if (postgres) return rs.getLong(1);
        }
        try {
            return h2File.isPresent() ? java.nio.file.Files.size(h2File.get()) : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /** A case-insensitive "contains" pattern for {@code LOWER(column) LIKE ?} with {@link #LIKE_ESCAPE}. */
    public static String containsPattern(String part) {
        String escaped = part.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    public static void setDate(PreparedStatement ps, int i, Optional<LocalDate> date) throws SQLException {
        if (date.isPresent()) ps.setObject(i, date.get());
        else ps.setNull(i, Types.DATE);
    }

    public static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, LocalDate.class));
    }

    public static void setNullableInt(PreparedStatement ps, int i, Integer value) throws SQLException {
        if (value == null) ps.setNull(i, Types.INTEGER);
        else ps.setInt(i, value);
    }

    public static void setNullableString(PreparedStatement ps, int i, String value) throws SQLException {
        if (value == null) ps.setNull(i, Types.VARCHAR);
        else setText(ps, i, value);
    }

    /**
     * Binds a string with every NUL character as U+FFFD: PostgreSQL cannot store NUL in text, and one UTF-16 unit
     * for another keeps every offset into the text valid. H2 stores the same, so both databases read back alike.
     */
    public static void setText(PreparedStatement ps, int i, String value) throws SQLException {
        ps.setString(i, value.indexOf('\u0000') < 0 ? value : value.replace('\u0000', '\uFFFD'));
    }

    /** {@code null} for an empty string: local keys that name nothing are stored as NULL so foreign keys skip them. */
    public static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public static Span span(ResultSet rs, String prefix) throws SQLException {
        return new Span(rs.getInt(prefix + "_start"), rs.getInt(prefix + "_end"));
    }

    public static Optional<Span> optionalSpan(ResultSet rs, String prefix) throws SQLException {
        int start = rs.getInt(prefix + "_start");
        if (rs.wasNull()) return Optional.empty();
        return Optional.of(new Span(start, rs.getInt(prefix + "_end")));
    }

    public static String nonNull(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? "" : s;
    }
}
