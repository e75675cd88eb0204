package dev.nova.persistence;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a domain's data lives ({@code nova.datasource.*}): its schema, reached as its own database role. The pool
 * defaults suit a Lambda, which serves one request at a time: at most two connections (the request and the outbox
 * publish after it), none opened before the first request (so that a SnapStart snapshot holds no socket), short
 * waits, and connections recycled well before RDS Proxy drops idle clients. With {@code iamAuth}, as in AWS behind
 * RDS Proxy, the password is ignored: each new connection logs in with a fresh IAM auth token instead.
 */
@ConfigurationProperties("nova.datasource")
public record DataSourceSettings(String url,
                                 String username,
                                 @Nullable String password,
                                 String schema,
                                 @Nullable Integer maximumPoolSize,
                                 @Nullable Duration connectionTimeout,
                                 @Nullable Duration idleTimeout,
                                 @Nullable Duration maxLifetime,
                                 @Nullable Boolean migrateOnStart,
                                 @Nullable Boolean iamAuth) {

    public DataSourceSettings {
        maximumPoolSize = maximumPoolSize == null ? 2 : maximumPoolSize;
        connectionTimeout = connectionTimeout == null ? Duration.ofSeconds(3) : connectionTimeout;
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(5) : idleTimeout;
        maxLifetime = maxLifetime == null ? Duration.ofMinutes(10) : maxLifetime;
        migrateOnStart = migrateOnStart != null && migrateOnStart;
        iamAuth = iamAuth != null && iamAuth;
    }

    /**
     * A password login whose schema is migrated when the pool opens, with the default timeouts: how the local
     * runtime, the tests and the benchmarks reach their embedded database.
     */
    public static DataSourceSettings migratedAtStart(String url, String username, String password, String schema,
                                                     int maximumPoolSize) {
        return new DataSourceSettings(url, username, password, schema, maximumPoolSize, null, null, null, true, false);
    }

    /** These settings as the {@code nova.datasource.*} properties a function's context reads. */
    public Map<String, Object> asProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("nova.datasource.url", url);
        properties.put("nova.datasource.username", username);
        properties.put("nova.datasource.password", password == null ? "" : password);
        properties.put("nova.datasource.schema", schema);
        properties.put("nova.datasource.maximum-pool-size", maximumPoolSize);
        properties.put("nova.datasource.migrate-on-start", migrateOnStart);
        properties.put("nova.datasource.iam-auth", iamAuth);
        return properties;
    }

    @Override
    public String toString() {
        return "DataSourceSettings[url=" + url + ", username=" + username + ", schema=" + schema
                + ", iamAuth=" + iamAuth + "]";
    }
}
