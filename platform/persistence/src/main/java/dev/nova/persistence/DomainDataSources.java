package dev.nova.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Builds a domain's connection pool, bound to its schema, and migrates it when asked to. */
public final class DomainDataSources {

    private DomainDataSources() {
    }

    public static HikariDataSource open(DataSourceSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("nova-" + settings.schema());
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setSchema(settings.schema());
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setMinimumIdle(0);
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setIdleTimeout(settings.idleTimeout().toMillis());
        config.setMaxLifetime(settings.maxLifetime().toMillis());
        config.setInitializationFailTimeout(-1);
        config.addDataSourceProperty("ApplicationName", "nova-" + settings.schema());
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        HikariDataSource dataSource = new HikariDataSource(config);
        if (settings.migrateOnStart()) {
            DomainMigrations.migrate(dataSource, settings.schema());
        }
        return dataSource;
    }
}
