package dev.nova.migrations;

import dev.nova.testing.PasswordChecks;
import dev.nova.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import static dev.nova.migrations.MigrationsFixture.IDENTITY_ARN;
import static dev.nova.migrations.MigrationsFixture.USERS_ARN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The custom resource's life, from the sample Create event on, against the embedded PostgreSQL. */
class DatabaseMigrationsFunctionTest {

    private final MigrationsFixture fixture = new MigrationsFixture();

    @BeforeAll
    static void checkTheDomainRolesPasswords() throws Exception {
        PasswordChecks.require("nova_identity");
        PasswordChecks.require("nova_users");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void createMigratesEachDomainIntoItsOwnSchemaOwnedByItsRole() throws Exception {
        Map<String, Object> answer = fixture.run(fixture.createEvent());

        assertThat(answer).containsEntry("PhysicalResourceId", "nova-database-migrations");
        assertThat(tableOwners("identity")).containsEntry("accounts", "nova_identity")
                .containsEntry("outbox", "nova_identity").containsEntry("flyway_history", "nova_identity")
                .allSatisfy((table, owner) -> assertThat(owner).isEqualTo("nova_identity"));
        assertThat(tableOwners("users")).containsEntry("profiles", "nova_users")
                .allSatisfy((table, owner) -> assertThat(owner).isEqualTo("nova_users"));
        int histories = appliedScripts("identity") + appliedScripts("users");
        assertThat(histories).isGreaterThanOrEqualTo(4);
        assertThat(answer.get("Data")).isEqualTo(Map.of("Migrations", Integer.toString(histories),
                "Domains", "identity,users"));
    }

    @Test
    void anUpdateWithNothingNewExecutesNoMigrationAndKeepsThePhysicalId() {
        Map<String, Object> create = fixture.createEvent();
        fixture.run(create);

        Map<String, Object> answer = fixture.run(MigrationsFixture.event(create, "Update", "kept-id"));

        assertThat(answer).containsEntry("PhysicalResourceId", "kept-id")
                .containsEntry("Data", Map.of("Migrations", "0", "Domains", "identity,users"));
    }

    @Test
    void eachDomainRoleLogsInWithThePasswordOfItsSecretOnly() throws Exception {
        fixture.run(fixture.createEvent());

        try (Connection identity = fixture.connectAs(IDENTITY_ARN)) {
            assertThat(identity.isValid(1)).isTrue();
        }
        fixture.secretsManager.secret(IDENTITY_ARN).update(MigrationsFixture.login("nova_identity", "a guess"));
        assertThatThrownBy(() -> fixture.connectAs(IDENTITY_ARN)).isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void aDomainRoleCannotReadAnotherDomainsTablesAndNoOtherRoleMayConnect() throws Exception {
        fixture.run(fixture.createEvent());

        try (Connection users = fixture.connectAs(USERS_ARN); Statement sql = users.createStatement()) {
            assertThatThrownBy(() -> sql.executeQuery("SELECT count(*) FROM identity.accounts"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.execute("CREATE TABLE public.sneaky (x int)"))
                    .hasMessageContaining("permission denied");
        }
        try (Connection admin = fixture.admin(); Statement sql = admin.createStatement()) {
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'stranger') THEN "
                    + "CREATE ROLE stranger LOGIN; END IF; END $$");
        }
        assertThatThrownBy(() -> DriverManager.getConnection(TestPostgres.server().jdbcUrl(fixture.database),
                "stranger", ""))
                .hasMessageContaining("permission denied for database");
    }

    @Test
    void deleteLeavesTheDataAndReadsNoSecret() throws Exception {
        Map<String, Object> create = fixture.createEvent();
        fixture.run(create);
        long secretReads = fixture.secretsManager.calls("GetSecretValue");

        Map<String, Object> answer = fixture.run(MigrationsFixture.event(create, "Delete", "nova-database-migrations"));

        assertThat(answer).containsEntry("PhysicalResourceId", "nova-database-migrations");
        assertThat(fixture.secretsManager.calls("GetSecretValue")).isEqualTo(secretReads);
        assertThat(tableOwners("identity")).containsKey("accounts");
        assertThat(tableOwners("users")).containsKey("profiles");
    }

    @Test
    void aSecretWhoseUsernameIsNotTheDomainsRoleFailsBeforeTheDatabaseIsTouched() throws Exception {
        fixture.secretsManager.secret(USERS_ARN).update(MigrationsFixture.login("nova_identity", "borrowed"));

        assertThatThrownBy(() -> fixture.run(fixture.createEvent())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the secret " + USERS_ARN + " of domain users logs in as nova_identity, but the domain's "
                        + "role is nova_users");
        assertThat(tableOwners("identity")).isEmpty();
    }

    @Test
    void aDatabaseThatDoesNotSpeakTlsIsRefusedRatherThanSpokenToInPlainText() throws Exception {
        Map<String, Object> event = fixture.createEvent();
        MigrationsFixture.properties(event).put("SslMode", "verify-full");

        assertThatThrownBy(() -> fixture.run(event)).hasRootCauseMessage("The server does not support SSL.");
        assertThat(tableOwners("identity")).isEmpty();
    }

    @Test
    void aMissingPropertyFailsNamingIt() {
        Map<String, Object> event = fixture.createEvent();
        MigrationsFixture.properties(event).remove("AdminSecretArn");

        assertThatThrownBy(() -> fixture.run(event)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ResourceProperties.AdminSecretArn is missing");
    }

    @Test
    void anUnknownRequestTypeFails() {
        Map<String, Object> event = MigrationsFixture.event(fixture.createEvent(), "Replace", null);

        assertThatThrownBy(() -> fixture.run(event)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RequestType must be Create, Update or Delete");
    }

    private Map<String, String> tableOwners(String schema) throws SQLException {
        try (Connection admin = fixture.admin(); Statement sql = admin.createStatement();
             ResultSet rows = sql.executeQuery("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = '"
                     + schema + "'")) {
            Map<String, String> owners = new HashMap<>();
            while (rows.next()) {
                owners.put(rows.getString(1), rows.getString(2));
            }
            return owners;
        }
    }

    private int appliedScripts(String schema) throws SQLException {
        try (Connection admin = fixture.admin(); Statement sql = admin.createStatement();
             ResultSet row = sql.executeQuery("SELECT (SELECT count(*) FROM " + schema + ".flyway_history"
                     + " WHERE success AND type = 'SQL') + (SELECT count(*) FROM " + schema
                     + ".flyway_platform_history WHERE success AND type = 'SQL')")) {
            row.next();
            return row.getInt(1);
        }
    }
}
