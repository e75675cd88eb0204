package dev.nova.persistence;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Makes a domain's home in a database: a login role {@code nova_<domain>} that owns schema {@code <domain>} and
 * nothing else, so that a domain cannot read another's tables. It runs as an administrator: in the local runtime
 * and tests here, in AWS in the deploy-time migration function. Running it again is harmless and rotates the
 * role's password.
 */
public final class SchemaProvisioning {

    private static final Pattern DOMAIN = Pattern.compile("[a-z][a-z_]{1,30}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SchemaProvisioning() {
    }

    /** Ensures the role and schema of {@code domain} exist; answers the role's login. */
    public static DomainLogin ensure(Connection admin, String domain) throws SQLException {
        if (!DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("not a domain name: " + domain);
        }
        String role = "nova_" + domain;
        // DDL takes no bind parameters: the names are checked above and the password is hex we made.
        String password = HexFormat.of().formatHex(randomBytes());
        try (Statement sql = admin.createStatement()) {
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                    + "CREATE ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; END IF; END $$");
            sql.execute("ALTER ROLE " + role + " WITH PASSWORD '" + password + "'");
            sql.execute("CREATE SCHEMA IF NOT EXISTS " + domain + " AUTHORIZATION " + role);
            sql.execute("ALTER ROLE " + role + " SET search_path = " + domain);
            sql.execute("REVOKE ALL ON SCHEMA public FROM " + role);
        }
        return new DomainLogin(role, password, domain);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** A domain's database login. */
    public record DomainLogin(String username, String password, String schema) {
        @Override
        public String toString() {
            return "DomainLogin[username=" + username + ", schema=" + schema + "]";
        }
    }
}
