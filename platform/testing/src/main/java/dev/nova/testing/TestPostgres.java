package dev.nova.testing;

import dev.nova.persistence.DataSourceSettings;
import dev.nova.persistence.SchemaProvisioning;
import dev.nova.standins.LocalPostgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL per test JVM, shared by every test. Each caller gets a database of its own (cheap:
 * a copy of the template), so test classes never see each other's rows.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile LocalPostgres server;

    private TestPostgres() {
    }

    public static synchronized LocalPostgres server() {
        if (server == null) {
            LocalPostgres started = LocalPostgres.ephemeral();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-postgres-stop"));
            server = started;
        }
        return server;
    }

    /** Creates a new, empty database and answers its name. */
    public static String newDatabase() {
        String name = "test_" + DATABASES.incrementAndGet();
        try (Connection admin = server().adminDataSource("postgres").getConnection();
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return name;
    }

    /** A new database with {@code domain}'s role and schema made, as the settings its function reads. */
    public static DataSourceSettings newDomainDatabase(String domain) {
        String database = newDatabase();
        try (Connection admin = server().adminDataSource(database).getConnection()) {
            SchemaProvisioning.DomainLogin login = SchemaProvisioning.ensure(admin, domain);
            return DataSourceSettings.migratedAtStart(server().jdbcUrl(database), login.username(), login.password(),
                    login.schema(), 4);
        } catch (SQLException e) {
            throw new IllegalStateException("could not provision " + domain, e);
        }
    }
}
