package dev.nova.persistence;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.util.Optional;

/** Reads PostgreSQL's error states, so that adapters turn constraint violations into typed domain errors. */
public final class SqlStates {

    private static final String UNIQUE_VIOLATION = "23505";

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

    /**
     * The name of the unique constraint violated by the SQL failure under {@code failure} (a Micronaut Data
     * {@code DataAccessException}, or Nova's {@link PersistenceException}), if that is what happened.
     */
    public static Optional<String> violatedUniqueConstraint(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return violatedUniqueConstraint(sql);
            }
        }
        return Optional.empty();
    }

}
