package dev.nova.events;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

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
        SqsClientBuilder builder = SqsClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(1))
                        .socketTimeout(Duration.ofSeconds(5)))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .apiCallTimeout(Duration.ofSeconds(5))
                        .build());
        if (endpoint != null) {
            // A stand-in (ElasticMQ) checks neither region nor credentials; AWS takes both from the environment.
            builder.endpointOverride(endpoint)
                    .region(Region.US_EAST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local",
                            "local")));
        }
        return builder.build();
    }
}
