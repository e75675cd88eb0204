package dev.nova.persistence;

import org.postgresql.Driver;
import org.postgresql.PGProperty;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.rds.RdsUtilities;

import java.util.Properties;
import java.util.function.Supplier;

/**
 * RDS IAM auth tokens for one database login: each is a SigV4-presigned {@code connect} request for the host, port
 * and user, valid for 15 minutes but checked only when a connection logs in, so a pool asks for one per new
 * connection. Signing happens locally (no network call). A token is a credential: it is never logged.
 */
public final class RdsAuthTokens implements Supplier<String> {

    private static final int POSTGRES_PORT = 5432;

    private final RdsUtilities rds;
    private final String host;
    private final int port;
    private final String username;

    /** Tokens for {@code username} at the host and port of {@code jdbcUrl}, with the signing identity given. */
    public RdsAuthTokens(String jdbcUrl, String username, Region region, AwsCredentialsProvider credentials) {
        Properties url = Driver.parseURL(jdbcUrl, null);
        if (url == null) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        String hosts = url.getProperty(PGProperty.PG_HOST.getName());
        if (hosts == null || hosts.isBlank() || hosts.contains(",")) {
            throw new IllegalArgumentException("IAM auth needs exactly one host in " + jdbcUrl);
        }
        String ports = url.getProperty(PGProperty.PG_PORT.getName());
        this.host = hosts;
        this.port = ports == null || ports.isBlank() ? POSTGRES_PORT : Integer.parseInt(ports);
        this.username = username;
        this.rds = RdsUtilities.builder().region(region).credentialsProvider(credentials).build();
    }

    /**
     * Tokens signed as the function's own role: region from {@code AWS_REGION} (the default region chain),
     * credentials from the default chain (the Lambda's environment).
     */
    public static RdsAuthTokens signedByThisFunction(String jdbcUrl, String username) {
        return new RdsAuthTokens(jdbcUrl, username, new DefaultAwsRegionProviderChain().getRegion(),
                DefaultCredentialsProvider.builder().build());
    }

    @Override
    public String get() {
        return rds.generateAuthenticationToken(request -> request.hostname(host).port(port).username(username));
    }

    @Override
    public String toString() {
        return "RdsAuthTokens[" + username + "@" + host + ":" + port + "]";
    }
}
