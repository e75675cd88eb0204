package dev.nova.persistence;

import org.postgresql.PGConnection;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Makes a domain's home in a database: a login role {@code nova_<domain>} that owns schema {@code <domain>} and
 * nothing else, so that a domain cannot read another's tables. It runs as an administrator: in the local runtime
 * and tests here, in AWS in the deploy-time migration function. Running it again is harmless and sets the role's
 * password again.
 */
public final class SchemaProvisioning {

    private static final Pattern DOMAIN = Pattern.compile("[a-z][a-z_]{1,30}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SchemaProvisioning() {
    }

    /** Ensures the role and schema of {@code domain} exist, with a new random password; answers the role's login. */
    public static DomainLogin ensure(Connection admin, String domain) throws SQLException {
        return ensure(admin, domain, HexFormat.of().formatHex(randomBytes()));
    }

    /** Ensures the role and schema of {@code domain} exist and that the role logs in with {@code password}. */
    public static DomainLogin ensure(Connection admin, String domain, String password) throws SQLException {
        String role = roleOf(domain);
        // DDL takes no bind parameters: the names are checked by roleOf.
        try (Statement sql = admin.createStatement()) {
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role + "') THEN "
                    + "CREATE ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; END IF; END $$");
            // RDS's master user is no superuser: it may make a role a schema's owner only as a member of that role.
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = current_user AND rolsuper) "
                    + "THEN GRANT " + role + " TO CURRENT_USER; END IF; END $$");
            // The driver hashes the password (SCRAM) before sending it: it never reaches the server's statement log.
            admin.unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), null);
            sql.execute("CREATE SCHEMA IF NOT EXISTS " + domain + " AUTHORIZATION " + role);
            sql.execute("ALTER ROLE " + role + " SET search_path = " + domain);
            sql.execute("REVOKE ALL ON SCHEMA public FROM " + role);
        }
        return new DomainLogin(role, password, domain);
    }

    /** The login role of {@code domain}; refuses a name that is not a plain lower-case identifier. */
    public static String roleOf(String domain) {
        if (domain == null || !DOMAIN.matcher(domain).matches()) {
            throw new IllegalArgumentException("not a domain name: " + domain);
        }
        return "nova_" + domain;
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
