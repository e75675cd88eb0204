package dev.nova.invocation;

import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.lambda.LambdaClient;

import java.net.URI;
import java.time.Duration;

/**
 * The Lambda client the gateway invokes domains with: the SDK's own retries off, so that each domain's resilience
 * policy is the only one deciding what is retried.
 */
public final class LambdaClients {

    private LambdaClients() {
    }

    /** A client for the region and credentials of the environment; {@code endpoint} overrides AWS's, or null. */
    public static LambdaClient create(URI endpoint) {
        return AwsClients.build(LambdaClient.builder(), endpoint, Duration.ofSeconds(2), Duration.ofSeconds(30),
                override -> override.retryStrategy(AwsRetryStrategy.doNotRetry()));
    }
}
