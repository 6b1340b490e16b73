package org.parley.store.internal;

import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings the schema up to date with the Flyway migrations in {@code db/migration}, the same for H2 and PostgreSQL. */
public final class Migrations {
    private Migrations() {
    }

    public static void migrate(Db db) throws SQLException {
        try {
            // Flyway takes its connections from the pool's own factory, so it sees the same URL, user and schema.
            Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(new SingleUrlDataSource(db))
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .loggers(FlywayWarnings.class.getName())
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new SQLException("could not bring the schema up to date: " + e.getMessage(), "08000", e);
        }
    }
}
