package dev.nova.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.util.function.Supplier;

/** Builds a domain's connection pool, bound to its schema, and migrates it when asked to. */
public final class DomainDataSources {

    private DomainDataSources() {
    }

    /** A pool that logs in with the settings' password, or with RDS IAM auth tokens when {@code iamAuth} is on. */
    public static HikariDataSource open(DataSourceSettings settings) {
        if (settings.iamAuth()) {
            return open(settings, RdsAuthTokens.signedByThisFunction(settings.url(), settings.username()));
        }
        String password = settings.password();
        return open(settings, () -> password);
    }

    /**
     * A pool whose every new physical connection logs in with a password taken from {@code passwords} at that
     * moment: RDS IAM auth tokens in AWS, any supplier in tests. The settings' password is not used.
     */
    public static HikariDataSource open(DataSourceSettings settings, Supplier<String> passwords) {
        HikariConfig config = config(settings);
        config.setDataSource(new LoginDataSource(settings.url(), settings.username(), applicationName(settings),
                passwords));
        return start(config, settings);
    }

    private static HikariConfig config(DataSourceSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("nova-" + settings.schema());
        config.setSchema(settings.schema());
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setMinimumIdle(0);
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setIdleTimeout(settings.idleTimeout().toMillis());
        config.setMaxLifetime(settings.maxLifetime().toMillis());
        config.setInitializationFailTimeout(-1);
        // micronaut-crac suspends the pool and closes its connections before a SnapStart snapshot.
        config.setAllowPoolSuspension(true);
        return config;
    }

    private static HikariDataSource start(HikariConfig config, DataSourceSettings settings) {
        HikariDataSource dataSource = new HikariDataSource(config);
        if (settings.migrateOnStart()) {
            DomainMigrations.migrate(dataSource, settings.schema());
        }
        return dataSource;
    }

    /**
     * How many statements the pool's connections have prepared (0 for a pool this class did not open). The pool
     * may be wrapped (Micronaut Data makes a {@code DataSource} bean transaction-aware).
     */
    public static long statementsIssued(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class)
                    && dataSource.unwrap(HikariDataSource.class).getDataSource() instanceof LoginDataSource login
                    ? login.statementsIssued() : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    private static String applicationName(DataSourceSettings settings) {
        return "nova-" + settings.schema();
    }
}
