package dev.nova.invocation;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Every AWS SDK client Nova builds, configured one way: the JDK's URL connection HTTP client (fast to start, no
 * Netty or Apache client in the jar), explicit timeouts, region and credentials from the environment in AWS, and an
 * endpoint override for a local stand-in, which checks neither region nor credentials.
 */
public final class AwsClients {

    private AwsClients() {
    }

    /**
     * Builds a client.
     *
     * @param endpoint a stand-in's endpoint, or null for AWS's
     * @param override the rest of the client's configuration (call timeouts, retries)
     */
    public static <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(
            B builder, URI endpoint, Duration connectTimeout, Duration socketTimeout,
            Consumer<ClientOverrideConfiguration.Builder> override) {
        builder.httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(connectTimeout)
                        .socketTimeout(socketTimeout))
                .overrideConfiguration(override);
        if (endpoint != null) {
            builder.endpointOverride(endpoint)
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local",
                            "local")));
        }
        return builder.build();
    }
}
