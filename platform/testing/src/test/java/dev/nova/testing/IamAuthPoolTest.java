package dev.nova.testing;

import com.zaxxer.hikari.HikariDataSource;
import dev.nova.persistence.DataSourceSettings;
import dev.nova.persistence.DomainDataSources;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A pool with IAM auth logs each new physical connection in with a token asked for at that moment, never with the
 * configured password; here the tokens come from a deterministic generator and the role's password is set to them.
 */
class IamAuthPoolTest {

    @Test
    void everyNewConnectionLogsInWithAFreshTokenAsItsPassword() throws Exception {
        DataSourceSettings domain = iamDomain("kappa");
        Tokens tokens = new Tokens();
        try (HikariDataSource pool = DomainDataSources.open(domain, tokens)) {
            setPassword(domain.username(), "token-1");
            try (Connection first = pool.getConnection()) {
                // Like RDS, the server checks a token only at login: rotating it leaves the open connection alone.
                setPassword(domain.username(), "token-2");
                try (Connection second = pool.getConnection()) {
                    assertThat(currentUser(first)).isEqualTo("nova_kappa");
                    assertThat(currentUser(second)).isEqualTo("nova_kappa");
                }
            }
        }
        assertThat(tokens.handedOut).containsExactly("token-1", "token-2");
    }

    @Test
    void theConfiguredPasswordIsNeverUsed() throws Exception {
        DataSourceSettings domain = iamDomain("lambda");
        try (HikariDataSource pool = DomainDataSources.open(domain, () -> "a stale token")) {
            assertThatThrownBy(pool::getConnection).rootCause()
                    .hasMessageContaining("password authentication failed for user \"nova_lambda\"");
        }
    }

    @Test
    void iamAuthSettingsSignTokensWithTheFunctionsRegionAndCredentials() throws Exception {
        DataSourceSettings domain = iamDomain("mu");
        System.setProperty("aws.region", "eu-west-1");
        System.setProperty("aws.accessKeyId", "AKIAEXAMPLE");
        System.setProperty("aws.secretAccessKey", "secret-example");
        try (HikariDataSource pool = DomainDataSources.open(domain)) {
            // The settings' password is right, but only a token may log in, and one signed here is not the password.
            assertThatThrownBy(pool::getConnection).rootCause()
                    .hasMessageContaining("password authentication failed for user \"nova_mu\"");
        } finally {
            System.clearProperty("aws.region");
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
    }

    private static DataSourceSettings iamDomain(String name) throws Exception {
        DataSourceSettings provisioned = TestPostgres.newDomainDatabase(name);
        PasswordChecks.require(provisioned.username());
        return new DataSourceSettings(provisioned.url(), provisioned.username(), provisioned.password(),
                provisioned.schema(), 2, Duration.ofSeconds(1), null, null, false, true);
    }

    private static void setPassword(String role, String password) throws SQLException {
        try (Connection admin = TestPostgres.server().adminDataSource("postgres").getConnection();
             Statement sql = admin.createStatement()) {
            sql.execute("ALTER ROLE " + role + " WITH PASSWORD '" + password + "'");
        }
    }

    private static String currentUser(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery("SELECT current_user")) {
            row.next();
            return row.getString(1);
        }
    }

    /** Hands out token-1, token-2, ... and remembers them. */
    private static final class Tokens implements Supplier<String> {
        final List<String> handedOut = new ArrayList<>();

        @Override
        public synchronized String get() {
            String token = "token-" + (handedOut.size() + 1);
            handedOut.add(token);
            return token;
        }
    }
}
