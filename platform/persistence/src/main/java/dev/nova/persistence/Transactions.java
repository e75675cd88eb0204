package dev.nova.persistence;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.UnitOfWork;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A domain's access to its database, on Micronaut Data's transaction management: {@link #inTransaction} is the
 * {@link UnitOfWork} port over the domain's {@code DataSourceTransactionManager} (one connection and one
 * transaction, committed when the work returns, rolled back when it throws), and {@link #withConnection} runs
 * statements through Micronaut Data's {@code ConnectionOperations}, which joins the open transaction or, outside
 * one, opens a connection of its own, so that the domains' repositories and the platform's outbox, relay, inbox and
 * job statements share one connection and one transaction. A database that cannot be reached is {@code UNAVAILABLE}. Statements prepared on
 * the domain's connections are counted ({@link #statementsIssued}), so that tests can hold batched reads to one
 * statement a batch.
 */
public final class Transactions implements UnitOfWork {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private final TransactionOperations<Connection> transactions;
    private final ConnectionOperations<Connection> connections;
    private final LongSupplier statements;
    private final Map<Connection, Map<Object, Object>> resources = new ConcurrentHashMap<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    /**
     * @param statements how many statements the domain's connections have prepared ({@link LoginDataSource})
     */
    public Transactions(TransactionOperations<Connection> transactions, ConnectionOperations<Connection> connections,
                        LongSupplier statements) {
        this.transactions = transactions;
        this.connections = connections;
        this.statements = statements;
    }

    /** How many statements have been prepared on this domain's connections since start. */
    public long statementsIssued() {
        return statements.getAsLong();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (isActive()) {
            return work.get();
        }
        List<Runnable> committed = new ArrayList<>();
        afterCommit.set(committed);
        T result;
        try {
            result = transactions.executeWrite(status -> work.get());
        } catch (DomainException | PersistenceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translate(e);
        } finally {
            afterCommit.remove();
        }
        committed.forEach(Transactions::runQuietly);
        return result;
    }

    /** True inside {@link #inTransaction} on this thread. */
    public boolean isActive() {
        return transactions.findTransactionStatus().isPresent();
    }

    /**
     * Runs {@code action} once the open transaction has committed, never if it rolls back. A failing action is
     * logged and does not undo the commit: use it for work that something else will retry (the outbox fast path).
     * Inside {@link #inTransaction} the action runs once the connection is back in the pool, so an action that
     * opens a transaction of its own never holds two connections; in a transaction begun elsewhere it runs as
     * Micronaut Data's {@code afterCommit} synchronization.
     */
    public void afterCommit(Runnable action) {
        TransactionStatus<Connection> status = open("afterCommit");
        List<Runnable> committed = afterCommit.get();
        if (committed != null) {
            committed.add(action);
            return;
        }
        status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runQuietly(action);
            }
        });
    }

    /**
     * The open transaction's object for {@code key}, made by {@code create} on first use and forgotten when the
     * transaction ends, committed or not.
     */
    @SuppressWarnings("unchecked")
    public <T> T bound(Object key, Supplier<T> create) {
        TransactionStatus<Connection> status = open("bound resources");
        Connection connection = status.getConnection();
        Map<Object, Object> bound = resources.computeIfAbsent(connection, ignored -> {
            status.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(Status completed) {
                    resources.remove(connection);
                }
            });
            return new HashMap<>();
        });
        return (T) bound.computeIfAbsent(key, ignored -> create.get());
    }

    @SuppressWarnings("unchecked")
    private TransactionStatus<Connection> open(String what) {
        return (TransactionStatus<Connection>) transactions.findTransactionStatus()
                .orElseThrow(() -> new IllegalStateException(what + " needs an open transaction"));
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
        try {
            return connections.executeWrite(status -> {
                try {
                    return work.run(status.getConnection());
                } catch (SQLException e) {
                    throw translate(e);
                }
            });
        } catch (DomainException | PersistenceException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * A failure of Micronaut Data's connection or transaction handling, read for the SQL failure under it: the
     * database being unreachable is {@code UNAVAILABLE}; any other failure is an internal one.
     */
    private static RuntimeException translate(RuntimeException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return translate(sql);
            }
        }
        return e;
    }

    private static RuntimeException translate(SQLException e) {
        DomainException unexpected = DomainException.unexpected(e);
        return unexpected.code() == ErrorCode.UNAVAILABLE ? unexpected : new PersistenceException(e);
    }

    /** Statements on a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

}
