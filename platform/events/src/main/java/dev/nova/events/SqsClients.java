package dev.nova.events;

import dev.nova.invocation.AwsClients;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.time.Duration;

/**
 * The SQS client the relay publishes with: the JDK's HTTP client, short timeouts (a fast path that cannot reach SQS
 * should give up quickly and leave the event to the sweeper), region and credentials from the environment.
 */
public final class SqsClients {

    private SqsClients() {
    }

    /** A client for AWS, or for {@code endpoint} (ElasticMQ) when it is not null. */
    public static SqsClient create(URI endpoint) {
        return AwsClients.build(SqsClient.builder(), endpoint, Duration.ofSeconds(1), Duration.ofSeconds(5),
                override -> override.apiCallTimeout(Duration.ofSeconds(5)));
    }
}
