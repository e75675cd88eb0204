package dev.nova.persistence;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.UnitOfWork;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * A domain's access to its database. Work inside {@link #inTransaction} shares one connection and one
 * transaction: committed when the work returns, rolled back when it throws, so nothing is stored half-way.
 * Repositories run their statements through {@link #withConnection}, which joins the open transaction or, outside
 * one, uses a connection of its own; {@link #update}, {@link #list} and {@link #one} do the binding for single
 * statements. A database that cannot be reached is {@code UNAVAILABLE}. Every statement prepared through it is
 * counted ({@link #statementsIssued}), so that tests can hold batched reads to one statement a batch.
 */
public final class Transactions implements UnitOfWork {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    private final ThreadLocal<Map<Object, Object>> resources = new ThreadLocal<>();
    private final LongAdder statements = new LongAdder();

    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How many statements have been prepared on this domain's connections since start. */
    public long statementsIssued() {
        return statements.sum();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        T result;
        List<Runnable> committed = new ArrayList<>();
        try (Connection connection = counted(dataSource.getConnection())) {
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
            try (Connection connection = counted(dataSource.getConnection())) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs one INSERT, UPDATE or DELETE with its parameters bound in order; answers the rows it touched. */
    public int update(String sql, Object... parameters) {
        return withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(connection, statement, parameters);
                return statement.executeUpdate();
            }
        });
    }

    /** Runs one query with its parameters bound in order; maps every row. */
    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        return withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(connection, statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    List<T> mapped = new ArrayList<>();
                    while (rows.next()) {
                        mapped.add(mapper.map(rows));
                    }
                    return mapped;
                }
            }
        });
    }

    /** Runs one query expected to answer at most one row. */
    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = list(sql, mapper, parameters);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row from: " + sql);
        }
        return rows.stream().findFirst();
    }

    /**
     * Binds parameters by type: an {@link Instant} as a timestamp, a collection of UUIDs as a {@code uuid[]} (for
     * {@code = ANY(?)}), anything else as the driver maps it.
     */
    private static void bind(Connection connection, PreparedStatement statement, Object... parameters)
            throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            if (parameter instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (parameter instanceof Collection<?> values) {
                Array array = connection.createArrayOf(values.isEmpty() || values.iterator().next() instanceof UUID
                        ? "uuid" : "text", values.toArray());
                statement.setArray(i + 1, array);
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
    }

    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

    /** The connection, counting each statement prepared on it. */
    private Connection counted(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (PREPARING.contains(method.getName())) {
                        statements.increment();
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
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

    /** One row to one value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }
}
