package dev.nova.invocation;

import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.LambdaClientBuilder;

import java.net.URI;
import java.time.Duration;

/**
 * The Lambda client the gateway invokes domains with: the JDK's HTTP client (no Netty to start), and the SDK's own
 * retries off, so that each domain's resilience policy is the only one deciding what is retried.
 */
public final class LambdaClients {

    private LambdaClients() {
    }

    /** A client for the region and credentials of the environment; {@code endpoint} overrides AWS's, or null. */
    public static LambdaClient create(URI endpoint) {
        LambdaClientBuilder builder = LambdaClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(30)))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .build());
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }
}
