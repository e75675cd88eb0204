package dev.nova.persistence;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.UnitOfWork;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * A domain's access to its database. Work inside {@link #inTransaction} shares one connection and one
 * transaction: committed when the work returns, rolled back when it throws, so nothing is stored half-way.
 * Repositories run their statements through {@link #withConnection}, which joins the open transaction or, outside
 * one, uses a connection of its own. A database that cannot be reached is {@code UNAVAILABLE}.
 */
public final class Transactions implements UnitOfWork {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                current.remove();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(e);
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
