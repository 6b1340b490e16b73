package org.parley.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * A pool of JDBC connections (HikariCP) and transactions over it. Every unit of work runs in its own transaction:
 * committed when it returns, rolled back when it throws. A connection is checked before it is lent when it has been
 * idle (so one a restarted PostgreSQL dropped is replaced, not handed to a request), idle PostgreSQL connections are
 * pinged every two minutes, and a connection whose state is in doubt after a failure is evicted, not reused.
 */
public final class Db implements AutoCloseable {
    /** Work on a connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** What the pool holds now: connections lent out, idle, and threads waiting for one. */
    public record PoolStats(int active, int idle, int waiting, int max) {
    }

    /** How long a request waits for a free connection (or for the database to come back) before it fails. */
    static final long CONNECTION_TIMEOUT_MS = TimeUnit.SECONDS.toMillis(30);

    private final String url;
    private final Properties properties;
    private final HikariDataSource pool;
    private volatile boolean closed;

    public Db(String url, String user, String password, int size) {
        this.url = url;
        this.properties = new Properties();
        if (!user.isEmpty()) properties.setProperty("user", user);
        if (!password.isEmpty()) properties.setProperty("password", password);
        HikariConfig c = new HikariConfig();
        c.setPoolName("parley-store");
        c.setJdbcUrl(url);
        if (!user.isEmpty()) c.setUsername(user);
        if (!password.isEmpty()) c.setPassword(password);
        c.setMaximumPoolSize(size);
        // Embedded H2 closes its file when the last connection closes, and reopening costs a second: one stays open.
        // A PostgreSQL server keeps no connection open for an idle Parley.
        c.setMinimumIdle(url.startsWith("jdbc:h2:") ? 1 : 0);
        c.setAutoCommit(false);
        c.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        c.setValidationTimeout(TimeUnit.SECONDS.toMillis(5));
        c.setIdleTimeout(TimeUnit.MINUTES.toMillis(5));
        c.setMaxLifetime(TimeUnit.MINUTES.toMillis(30));
        // H2 embedded has no network between us and it; PostgreSQL connections die with a server restart or a
        // firewall's idle cut, and a ping finds out before a request does.
        if (url.startsWith("jdbc:postgresql:")) c.setKeepaliveTime(TimeUnit.MINUTES.toMillis(2));
        // The pool starts empty and connects on first use: the caller (Flyway, at open) reports an unreachable
        // database with its own message.
        c.setInitializationFailTimeout(-1);
        this.pool = new HikariDataSource(c);
    }

    public String url() {
        return url;
    }

    /** Runs {@code work} in a transaction on a pooled connection. */
    public <T> T inTransaction(Work<T> work) throws SQLException {
        return run(work, true);
    }

    /** Runs read-only {@code work}: ended by a rollback, which spares H2 the disk write a commit makes. */
    public <T> T read(Work<T> work) throws SQLException {
        return run(work, false);
    }

    /** The pool's connections now. */
    public PoolStats stats() {
        HikariPoolMXBean bean = pool.getHikariPoolMXBean();
        if (bean == null) return new PoolStats(0, 0, 0, pool.getMaximumPoolSize());
        return new PoolStats(bean.getActiveConnections(), bean.getIdleConnections(), bean.getThreadsAwaitingConnection(),
                pool.getMaximumPoolSize());
    }

    private <T> T run(Work<T> work, boolean commit) throws SQLException {
        Connection c = borrow();
        boolean healthy = false;
        try {
            T result = work.run(c);
            if (commit) c.commit();
            else c.rollback();
            healthy = true;
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            healthy = rollback(c, e);
            throw e;
        } finally {
            release(c, healthy);
        }
    }

    /** A fresh connection outside the pool, for Flyway and other one-off work; the caller closes it. */
    public Connection open() throws SQLException {
        return DriverManager.getConnection(url, properties);
    }

    private Connection borrow() throws SQLException {
        if (closed) throw new IllegalStateException("the store is closed");
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new SQLException("no database connection within %d s (%s): %s; is the database running and reachable?"
                    .formatted(CONNECTION_TIMEOUT_MS / 1000, stats(), e.getMessage()), "08001", e);
        }
    }

    private static boolean rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
            return !(cause instanceof SQLException s) || !Sql.isConnectionFailure(s);
        } catch (SQLException rollbackFailed) {
            cause.addSuppressed(rollbackFailed);
            return false;
        }
    }

    private void release(Connection c, boolean healthy) {
        if (!healthy) pool.evictConnection(c); // closed and replaced: its session state is unknown
        else closeQuietly(c); // back to the pool
    }

    @Override
    public void close() {
        closed = true;
        pool.close();
        if (url.startsWith("jdbc:h2:")) shutdownH2();
    }

    /**
     * Closes an embedded H2 database at once and completely, instead of when its last connection happens to
     * close: the next open in this process (the CLI's tests run many commands in one JVM, the server reopens after
     * an import) then always finds a finished file.
     */
    private void shutdownH2() {
        try (Connection c = open(); java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException ignored) {
            // already closed by the database itself (the expected outcome of SHUTDOWN on some drivers)
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the connection is being dropped either way; nothing the caller could do with this
        }
    }
}
