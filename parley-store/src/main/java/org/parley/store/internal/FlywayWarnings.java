package org.parley.store.internal;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's logging for the store: warnings and errors go to the platform logger, its progress notes (one line per
 * step, at every open) are dropped, so opening a store stays quiet.
 */
public final class FlywayWarnings implements LogCreator {
    @Override
    public Log createLogger(Class<?> clazz) {
        System.Logger logger = System.getLogger(clazz.getName());
        return new Log() {
            @Override
            public void debug(String message) {
                // progress detail: not for users
            }

            @Override
            public void info(String message) {
                // progress notes such as "Successfully validated 1 migration": not for users
            }

            @Override
            public void notice(String message) {
                // Flyway's product notices: not for users
            }

            @Override
            public void warn(String message) {
                logger.log(System.Logger.Level.WARNING, message);
            }

            @Override
            public void error(String message) {
                logger.log(System.Logger.Level.ERROR, message);
            }

            @Override
            public void error(String message, Exception e) {
                logger.log(System.Logger.Level.ERROR, message, e);
            }
        };
    }
}
