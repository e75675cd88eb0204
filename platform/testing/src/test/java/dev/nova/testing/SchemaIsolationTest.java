package dev.nova.testing;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.persistence.DataSourceSettings;
import dev.nova.persistence.DomainDataSources;
import dev.nova.persistence.SchemaProvisioning;
import dev.nova.persistence.StandaloneTransactions;
import dev.nova.persistence.Transactions;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each domain's role reaches its own schema and nothing else; transactions keep all or nothing. */
class SchemaIsolationTest {

    @Test
    void aDomainRoleCannotReadAnotherDomainsSchema() throws Exception {
        String database = TestPostgres.newDatabase();
        SchemaProvisioning.DomainLogin alpha;
        SchemaProvisioning.DomainLogin beta;
        try (Connection admin = TestPostgres.server().adminDataSource(database).getConnection()) {
            alpha = SchemaProvisioning.ensure(admin, "alpha");
            beta = SchemaProvisioning.ensure(admin, "beta");
        }
        String url = TestPostgres.server().jdbcUrl(database);
        try (Connection owner = DriverManager.getConnection(url, alpha.username(), alpha.password());
             Statement sql = owner.createStatement()) {
            sql.execute("CREATE TABLE secrets (value text)");
            sql.execute("INSERT INTO secrets VALUES ('alpha only')");
        }
        try (Connection other = DriverManager.getConnection(url, beta.username(), beta.password());
             Statement sql = other.createStatement()) {
            assertThatThrownBy(() -> sql.executeQuery("SELECT value FROM alpha.secrets"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.execute("CREATE TABLE public.sneaky (x int)"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void provisioningAgainRotatesThePasswordAndKeepsTheData() throws Exception {
        DataSourceSettings first = TestPostgres.newDomainDatabase("gamma");
        String database = first.url().substring(first.url().lastIndexOf('/') + 1);
        try (Connection owner = DriverManager.getConnection(first.url(), first.username(), first.password());
             Statement sql = owner.createStatement()) {
            sql.execute("CREATE TABLE kept (value text)");
            sql.execute("INSERT INTO kept VALUES ('x')");
        }
        SchemaProvisioning.DomainLogin again;
        try (Connection admin = TestPostgres.server().adminDataSource(database).getConnection()) {
            again = SchemaProvisioning.ensure(admin, "gamma");
        }
        assertThat(again.password()).isNotEqualTo(first.password());
        try (Connection owner = DriverManager.getConnection(first.url(), again.username(), again.password());
             Statement sql = owner.createStatement();
             ResultSet row = sql.executeQuery("SELECT count(*) FROM kept")) {
            row.next();
            assertThat(row.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void migrationsRunPerDomainWithTheirOwnHistoryAndAUnitOfWorkThatThrowsStoresNothing() throws Exception {
        DataSourceSettings settings = TestPostgres.newDomainDatabase("delta");
        try (HikariDataSource dataSource = DomainDataSources.open(settings);
             StandaloneTransactions standalone = StandaloneTransactions.over(dataSource)) {
            Transactions transactions = standalone.transactions();
            int applied = transactions.withConnection(c -> {
                try (ResultSet row = c.createStatement().executeQuery(
                        "SELECT count(*) FROM delta.flyway_history WHERE success AND type = 'SQL'")) {
                    row.next();
                    return row.getInt(1);
                }
            });
            assertThat(applied).isEqualTo(1);

            assertThatThrownBy(() -> transactions.inTransaction(() -> {
                transactions.withConnection(c -> c.createStatement().executeUpdate("INSERT INTO items VALUES (1)"));
                throw new DomainException(ErrorCode.CONFLICT, "changed my mind");
            })).isInstanceOf(DomainException.class);
            transactions.inTransaction(() ->
                    transactions.withConnection(c -> c.createStatement().executeUpdate("INSERT INTO items VALUES (2)")));

            int count = transactions.withConnection(c -> {
                try (ResultSet row = c.createStatement().executeQuery("SELECT count(*) FROM items WHERE id = 1")) {
                    row.next();
                    return row.getInt(1);
                }
            });
            assertThat(count).isZero();
        }
    }

    @Test
    void refusesNamesThatCouldInjectSql() throws Exception {
        try (Connection admin = TestPostgres.server().adminDataSource("postgres").getConnection()) {
            assertThatThrownBy(() -> SchemaProvisioning.ensure(admin, "x; DROP DATABASE postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
