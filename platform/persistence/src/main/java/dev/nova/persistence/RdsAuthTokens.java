package dev.nova.persistence;

import org.postgresql.Driver;
import org.postgresql.PGProperty;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * RDS IAM auth tokens for one database login: each is a SigV4-presigned {@code connect} request for the host, port
 * and user ({@code rds-db} service), valid for 15 minutes but checked only when a connection logs in, so a pool asks
 * for one per new connection. Signing happens locally (no network call) with the SDK's signer, so no RDS client
 * (6 MB) is carried. A token is a credential: it is never logged.
 */
public final class RdsAuthTokens implements Supplier<String> {

    private static final int POSTGRES_PORT = 5432;
    private static final Duration VALIDITY = Duration.ofMinutes(15);
    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    private final Region region;
    private final AwsCredentialsProvider credentials;
    private final Clock clock;
    private final String host;
    private final int port;
    private final String username;

    /** Tokens for {@code username} at the host and port of {@code jdbcUrl}, with the signing identity given. */
    public RdsAuthTokens(String jdbcUrl, String username, Region region, AwsCredentialsProvider credentials) {
        this(jdbcUrl, username, region, credentials, Clock.systemUTC());
    }

    RdsAuthTokens(String jdbcUrl, String username, Region region, AwsCredentialsProvider credentials, Clock clock) {
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
        this.region = region;
        this.credentials = credentials;
        this.clock = clock;
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
        SdkHttpRequest connect = SdkHttpRequest.builder().method(SdkHttpMethod.GET).protocol("https").host(host)
                .port(port).encodedPath("/").putRawQueryParameter("DBUser", username)
                .putRawQueryParameter("Action", "connect").build();
        SdkHttpRequest signed = SIGNER.sign(request -> request.request(connect)
                .identity(credentials.resolveCredentials())
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "rds-db")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region.id())
                .putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, VALIDITY)
                .putProperty(HttpSigner.SIGNING_CLOCK, clock)).request();
        return signed.getUri().toString().substring("https://".length());
    }

    @Override
    public String toString() {
        return "RdsAuthTokens[" + username + "@" + host + ":" + port + "]";
    }
}
