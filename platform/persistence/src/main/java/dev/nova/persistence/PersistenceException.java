package dev.nova.persistence;

import java.sql.SQLException;

/** A database failure no domain rule explains: a bug or an outage, answered as an internal error. */
public final class PersistenceException extends RuntimeException {

    public PersistenceException(SQLException cause) {
        super(cause.getMessage() + " (SQLState " + cause.getSQLState() + ")", cause);
    }
}
