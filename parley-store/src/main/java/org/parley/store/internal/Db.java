package org.parley.store.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A small pool of JDBC connections and transactions over it. Every unit of work runs in its own transaction:
 * committed when it returns, rolled back when it throws. Connections whose state is in doubt are closed, not reused.
 */
public final class Db implements AutoCloseable {
    /** Work on a connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private final String url;
    private final Properties properties;
    private final Semaphore permits;
    private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    public Db(String url, String user, String password, int size) {
        this.url = url;
        this.properties = new Properties();
        if (!user.isEmpty()) properties.setProperty("user", user);
        if (!password.isEmpty()) properties.setProperty("password", password);
        this.permits = new Semaphore(size, true);
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
            if (!permits.tryAcquire(60, TimeUnit.SECONDS)) {
                throw new SQLException("no database connection free after 60 s (pool of " + permits.availablePermits() + ")", "08001");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", "08001", e);
        }
        try {
            Connection c = idle.pollFirst();
            if (c == null || c.isClosed()) {
                c = open();
                c.setAutoCommit(false);
            }
            return c;
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
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
        try {
            if (healthy && !closed) {
                idle.addFirst(c);
            } else {
                closeQuietly(c);
            }
        } finally {
            permits.release();
        }
        if (closed) drain();
    }

    @Override
    public void close() {
        closed = true;
        drain();
    }

    private void drain() {
        for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) closeQuietly(c);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the connection is being dropped either way; nothing the caller could do with this
        }
    }
}
