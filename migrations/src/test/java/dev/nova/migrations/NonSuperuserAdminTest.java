package dev.nova.migrations;

import dev.nova.testing.PasswordChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RDS's master user is no superuser: it has CREATEROLE and owns the database. The function must provision and
 * migrate as such a user, on Create and again on Update (roles it made earlier, passwords set again).
 */
class NonSuperuserAdminTest {

    private static final String ADMIN_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:cluster-admin";
    private static final String DOMAIN_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:rdslike";

    private final MigrationsFixture fixture = new MigrationsFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void migratesAsACreateRoleAdminThatOwnsTheDatabaseLikeRdsMasterUser() throws Exception {
        try (Connection superuser = fixture.admin(); Statement sql = superuser.createStatement()) {
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'cluster_admin') THEN "
                    + "CREATE ROLE cluster_admin LOGIN CREATEROLE CREATEDB NOSUPERUSER; END IF; END $$");
            sql.execute("ALTER ROLE cluster_admin WITH PASSWORD 'admin-secret'");
            sql.execute("ALTER DATABASE " + fixture.database + " OWNER TO cluster_admin");
        }
        PasswordChecks.require("cluster_admin");
        PasswordChecks.require("nova_rdslike");
        fixture.secretsManager.create(ADMIN_ARN, MigrationsFixture.login("cluster_admin", "admin-secret"));
        fixture.secretsManager.create(DOMAIN_ARN, MigrationsFixture.login("nova_rdslike", "domain-secret"));
        Map<String, Object> create = fixture.createEvent();
        Map<String, Object> properties = MigrationsFixture.properties(create);
        properties.put("AdminSecretArn", ADMIN_ARN);
        properties.put("Domains", "rdslike");
        properties.put("DomainSecretArns", "rdslike=" + DOMAIN_ARN);

        Map<String, Object> created = fixture.run(create);
        Map<String, Object> updated =
                fixture.run(MigrationsFixture.event(create, "Update", "nova-database-migrations"));

        // The platform's four scripts (outbox and inbox, job checkpoints, the parked-events index, rate limits) and
        // the domain's one.
        assertThat(created.get("Data")).isEqualTo(Map.of("Migrations", "5", "Domains", "rdslike"));
        assertThat(updated.get("Data")).isEqualTo(Map.of("Migrations", "0", "Domains", "rdslike"));
        try (Connection domain = fixture.connectAs(DOMAIN_ARN); Statement sql = domain.createStatement();
             ResultSet row = sql.executeQuery("SELECT tableowner FROM pg_tables WHERE tablename = 'notes'")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("nova_rdslike");
        }
    }
}
