package dev.nova.migrations;

import dev.nova.persistence.DomainMigrations;
import dev.nova.persistence.PersistenceException;
import dev.nova.persistence.SchemaProvisioning;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Brings the database to the state the deployed code expects: as the cluster's administrator, each domain's role
 * (with the password of the domain's secret, which RDS Proxy logs in with) and schema, and a database only those
 * roles may connect to; then, as each domain's role, so that it owns its tables, the domain's pending migrations.
 */
public final class DatabaseMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigrations.class);
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final LoginSecrets secrets;

    public DatabaseMigrations(LoginSecrets secrets) {
        this.secrets = secrets;
    }

    /** Provisions and migrates every domain of the request; answers how many migrations ran. */
    public int apply(MigrationRequest request) {
        DatabaseLogin admin = secrets.read(request.adminSecretArn());
        // Every secret is read and checked before the database is touched: a wrong one changes nothing.
        Map<String, DatabaseLogin> logins = new LinkedHashMap<>();
        for (String domain : request.domains()) {
            logins.put(domain, domainLogin(domain, request.domainSecretArns().get(domain)));
        }
        provision(request, admin, logins);
        int executed = 0;
        for (Map.Entry<String, DatabaseLogin> domain : logins.entrySet()) {
            int ran = DomainMigrations.migrate(dataSource(request, domain.getValue()), domain.getKey());
            LOG.info("domain {} migrated as {}: {} migrations executed", domain.getKey(),
                    domain.getValue().username(), ran);
            executed += ran;
        }
        return executed;
    }

    private DatabaseLogin domainLogin(String domain, String secretArn) {
        DatabaseLogin login = secrets.read(secretArn);
        String role = SchemaProvisioning.roleOf(domain);
        if (!role.equals(login.username())) {
            throw new IllegalArgumentException("the secret " + secretArn + " of domain " + domain + " logs in as "
                    + login.username() + ", but the domain's role is " + role);
        }
        return login;
    }

    private static void provision(MigrationRequest request, DatabaseLogin admin, Map<String, DatabaseLogin> logins) {
        try (Connection connection = dataSource(request, admin).getConnection()) {
            for (Map.Entry<String, DatabaseLogin> domain : logins.entrySet()) {
                SchemaProvisioning.ensure(connection, domain.getKey(), domain.getValue().password());
            }
            DatabaseLockdown.apply(connection, request.database(),
                    logins.values().stream().map(DatabaseLogin::username).toList());
            LOG.info("database {} at {}:{}: roles and schemas ensured for {} as {}", request.database(),
                    request.host(), request.port(), logins.keySet(), admin.username());
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private static DataSource dataSource(MigrationRequest request, DatabaseLogin login) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(request.jdbcUrl());
        dataSource.setUser(login.username());
        dataSource.setPassword(login.password());
        dataSource.setApplicationName("nova-migrations");
        dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        return dataSource;
    }
}
