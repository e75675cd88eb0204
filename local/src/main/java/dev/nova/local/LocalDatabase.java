package dev.nova.local;

import dev.nova.persistence.DataSourceSettings;
import dev.nova.persistence.SchemaProvisioning;
import dev.nova.standins.LocalPostgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The local runtime's database {@code nova}: one schema and one role per domain, as in AWS, made on first start
 * and kept in the data folder.
 */
final class LocalDatabase {

    static final String NAME = "nova";

    private final LocalPostgres postgres;

    LocalDatabase(LocalPostgres postgres) {
        this.postgres = postgres;
        createIfMissing();
    }

    /** Provisions {@code domain}'s role and schema and answers its function's connection settings. */
    DataSourceSettings forDomain(String domain) {
        try (Connection admin = postgres.adminDataSource(NAME).getConnection()) {
            SchemaProvisioning.DomainLogin login = SchemaProvisioning.ensure(admin, domain);
            return DataSourceSettings.migratedAtStart(postgres.jdbcUrl(NAME), login.username(), login.password(),
                    login.schema(), 8);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot provision " + domain + "'s schema", e);
        }
    }

    String jdbcUrl() {
        return postgres.jdbcUrl(NAME);
    }

    private void createIfMissing() {
        try (Connection admin = postgres.adminDataSource("postgres").getConnection();
             PreparedStatement exists = admin.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, NAME);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = admin.createStatement()) {
                create.execute("CREATE DATABASE " + NAME);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + NAME, e);
        }
    }
}
