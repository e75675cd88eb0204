package dev.nova.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * Takes from every other role what PostgreSQL grants to PUBLIC by default: connecting to the database (and making
 * temporary tables in it), and creating objects in schema {@code public}. Only the domain roles may connect.
 */
final class DatabaseLockdown {

    private DatabaseLockdown() {
    }

    /** The names come checked: {@code database} by {@link MigrationRequest}, the roles by SchemaProvisioning. */
    static void apply(Connection admin, String database, Collection<String> domainRoles) throws SQLException {
        try (Statement sql = admin.createStatement()) {
            sql.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
            for (String role : domainRoles) {
                sql.execute("GRANT CONNECT ON DATABASE " + database + " TO " + role);
            }
            sql.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        }
    }
}
