package dev.nova.persistence;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs a unit of work on one connection, in one transaction: committed when the work returns, rolled back when it
 * throws, so that nothing is stored half-way. A database that cannot be reached is {@code UNAVAILABLE}.
 */
public final class Transactions {

    private final DataSource dataSource;

    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs read-only work outside an explicit transaction. */
    public <T> T read(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            try {
                return work.run(connection);
            } finally {
                connection.setReadOnly(false);
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

    /** Work on a connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
