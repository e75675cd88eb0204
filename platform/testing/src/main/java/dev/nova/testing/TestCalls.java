package dev.nova.testing;

import dev.nova.invocation.DomainInvoker;
import dev.nova.invocation.Operation;
import dev.nova.kernel.Caller;
import dev.nova.persistence.DataSourceSettings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;

/** What domain tests do over and over: call an operation and wait, count rows on the domain's database. */
public final class TestCalls {

    private TestCalls() {
    }

    /** Invokes {@code operation} and waits; a domain's typed error is thrown as itself. */
    public static <Q, R> R call(DomainInvoker invoker, Operation<Q, R> operation, Caller caller, Q request) {
        try {
            return invoker.invoke(operation, caller, request).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Runs {@code sql} (an insert, update or delete) with one bound parameter; answers the rows it changed. */
    public static int update(DataSourceSettings database, String sql, Object parameter) {
        return withStatement(database, sql, parameter, PreparedStatement::executeUpdate);
    }

    /** The number {@code sql} selects (a count), with one bound parameter, on the domain's database. */
    public static long count(DataSourceSettings database, String sql, Object parameter) {
        return withStatement(database, sql, parameter, query -> {
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    private static <T> T withStatement(DataSourceSettings database, String sql, Object parameter,
                                       StatementWork<T> work) {
        try (Connection db = DriverManager.getConnection(database.url(), database.username(), database.password());
             PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            return work.run(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface StatementWork<T> {
        T run(PreparedStatement statement) throws SQLException;
    }
}
