package dev.nova.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * The embedded server trusts every login (initdb {@code -A trust}); a test that must prove which password a role
 * logs in with makes the server check that role's password (SCRAM), and only that role's.
 */
public final class PasswordChecks {

    private static final String INVALID_PASSWORD = "28P01";

    private PasswordChecks() {
    }

    /** Makes the server check {@code role}'s password from now on. */
    public static synchronized void require(String role) throws Exception {
        try (Connection admin = TestPostgres.server().adminDataSource("postgres").getConnection();
             Statement sql = admin.createStatement()) {
            Path rules;
            try (ResultSet row = sql.executeQuery("SHOW hba_file")) {
                row.next();
                rules = Path.of(row.getString(1));
            }
            // The first matching line wins: this one goes before the trust lines.
            Files.writeString(rules, "host all " + role + " all scram-sha-256\n" + Files.readString(rules));
            sql.execute("SELECT pg_reload_conf()");
        }
        awaitReload(role);
    }

    /** The server reloads its rules after answering pg_reload_conf: wait until it refuses a wrong password. */
    private static void awaitReload(String role) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            try (Connection ignored = DriverManager.getConnection(TestPostgres.server().jdbcUrl("postgres"), role,
                    "not the password")) {
                Thread.sleep(20);
            } catch (SQLException e) {
                if (INVALID_PASSWORD.equals(e.getSQLState())) {
                    return;
                }
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("the server did not start checking the password of " + role);
    }
}
