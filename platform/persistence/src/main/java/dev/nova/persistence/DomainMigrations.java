package dev.nova.persistence;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;

/**
 * Flyway for one domain: first the platform's tables every domain has (outbox, inbox; scripts under
 * {@code db/platform/}, history in {@code flyway_platform_history}), then the domain's own scripts under
 * {@code db/<schema>/} (history in {@code flyway_history}). Each applies to the domain's schema only, so domains
 * migrate independently, and platform and domain versions never collide.
 */
public final class DomainMigrations {

    public static final String HISTORY_TABLE = "flyway_history";
    public static final String PLATFORM_HISTORY_TABLE = "flyway_platform_history";

    private DomainMigrations() {
    }

    /** Applies the pending migrations; answers how many ran. */
    public static int migrate(DataSource dataSource, String schema) {
        return flyway(dataSource, schema, PLATFORM_HISTORY_TABLE, "classpath:db/platform").migrate().migrationsExecuted
                + flyway(dataSource, schema, HISTORY_TABLE, "classpath:db/" + schema).migrate().migrationsExecuted;
    }

    private static Flyway flyway(DataSource dataSource, String schema, String historyTable, String location) {
        return Flyway.configure(DomainMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(false)
                .table(historyTable)
                .locations(location)
                .failOnMissingLocations(true)
                // Each history starts at version 0 in a schema the other history has already filled.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
