package dev.nova.persistence;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.util.Optional;

/** Reads PostgreSQL's error states, so that adapters turn constraint violations into typed domain errors. */
public final class SqlStates {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String CONNECTION_CLASS = "08";

    private SqlStates() {
    }

    /** The name of the unique constraint {@code e} violated, if that is what happened. */
    public static Optional<String> violatedUniqueConstraint(SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || !(e instanceof PSQLException psql)) {
            return Optional.empty();
        }
        ServerErrorMessage message = psql.getServerErrorMessage();
        return Optional.ofNullable(message == null ? null : message.getConstraint());
    }

    static boolean isConnectionFailure(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith(CONNECTION_CLASS);
    }
}
