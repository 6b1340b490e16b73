package org.parley.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** The tables and columns of the store's schema as text, the same on H2 and PostgreSQL: for the golden file. */
final class SchemaDump {
    private SchemaDump() {
    }

    static String of(StoreConfig config) throws SQLException {
        try (Connection c = connect(config)) {
            String sql = "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
                    + "WHERE LOWER(table_schema) = LOWER(?) AND LOWER(table_name) <> 'flyway_schema_history' "
                    + "ORDER BY LOWER(table_name), ordinal_position";
            StringBuilder out = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, c.getSchema());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String type = rs.getString(3).toUpperCase(Locale.ROOT).replace(" WITHOUT TIME ZONE", "");
                        // PostgreSQL's name for a byte string; H2 calls the same column BINARY VARYING.
                        if (type.equals("BYTEA")) type = "BINARY VARYING";
                        out.append(rs.getString(1).toLowerCase(Locale.ROOT)).append('.')
                                .append(rs.getString(2).toLowerCase(Locale.ROOT)).append(' ').append(type)
                                .append("YES".equals(rs.getString(4)) ? "" : " NOT NULL").append('\n');
                    }
                }
            }
            return out.toString();
        }
    }

    private static Connection connect(StoreConfig config) throws SQLException {
        return switch (config.database()) {
            case StoreConfig.H2File h2 -> DriverManager.getConnection(h2.url());
            case StoreConfig.Jdbc jdbc -> jdbc.user().isEmpty() ? DriverManager.getConnection(jdbc.url())
                    : DriverManager.getConnection(jdbc.url(), jdbc.user(), jdbc.password());
        };
    }
}
