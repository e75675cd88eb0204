package dev.nova.persistence;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.UnitOfWork;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A domain's access to its database. Work inside {@link #inTransaction} shares one connection and one
 * transaction: committed when the work returns, rolled back when it throws, so nothing is stored half-way.
 * Repositories run their statements through {@link #withConnection}, which joins the open transaction or, outside
 * one, uses a connection of its own. A database that cannot be reached is {@code UNAVAILABLE}.
 */
public final class Transactions implements UnitOfWork {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    private final ThreadLocal<Map<Object, Object>> resources = new ThreadLocal<>();

    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        T result;
        List<Runnable> committed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            afterCommit.set(committed);
            resources.set(new HashMap<>());
            try {
                result = work.get();
                connection.commit();
            } catch (RuntimeException e) {
                committed.clear();
                connection.rollback();
                throw e;
            } finally {
                current.remove();
                afterCommit.remove();
                resources.remove();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
        committed.forEach(Transactions::runQuietly);
        return result;
    }

    /** True inside {@link #inTransaction} on this thread. */
    public boolean isActive() {
        return current.get() != null;
    }

    /**
     * Runs {@code action} once the open transaction has committed, never if it rolls back. A failing action is
     * logged and does not undo the commit: use it for work that something else will retry (the outbox fast path).
     */
    public void afterCommit(Runnable action) {
        List<Runnable> actions = afterCommit.get();
        if (actions == null) {
            throw new IllegalStateException("afterCommit needs an open transaction");
        }
        actions.add(action);
    }

    /**
     * The open transaction's object for {@code key}, made by {@code create} on first use and forgotten when the
     * transaction ends, committed or not.
     */
    @SuppressWarnings("unchecked")
    public <T> T bound(Object key, Supplier<T> create) {
        Map<Object, Object> bound = resources.get();
        if (bound == null) {
            throw new IllegalStateException("bound resources need an open transaction");
        }
        return (T) bound.computeIfAbsent(key, ignored -> create.get());
    }

    private static void runQuietly(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.warn("an after-commit action failed; it will be retried by its own mechanism", e);
        }
    }

    /** Runs statements on the transaction's connection, or on a connection of their own outside one. */
    public <T> T withConnection(SqlWork<T> work) {
        Connection joined = current.get();
        try {
            if (joined != null) {
                return work.run(joined);
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private static RuntimeException translate(SQLException e) {
        if (SqlStates.isConnectionFailure(e)) {
            return new DomainException(ErrorCode.UNAVAILABLE, "the database is unavailable, try again shortly");
        }
        return new PersistenceException(e);
    }

    /** Statements on a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
