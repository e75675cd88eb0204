package dev.nova.persistence;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Flyway for one domain: its scripts under {@code db/<schema>/}, applied to its schema only, with its own history
 * table, so that domains migrate independently.
 */
public final class DomainMigrations {

    public static final String HISTORY_TABLE = "flyway_history";

    private DomainMigrations() {
    }

    /** Applies the pending migrations; answers how many ran. */
    public static int migrate(DataSource dataSource, String schema) {
        return flyway(dataSource, schema).migrate().migrationsExecuted;
    }

    static Flyway flyway(DataSource dataSource, String schema) {
        return Flyway.configure(DomainMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(false)
                .table(HISTORY_TABLE)
                .locations("classpath:db/" + schema)
                .failOnMissingLocations(true)
                .load();
    }
}
