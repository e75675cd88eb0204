package dev.nova.events;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;

/**
 * Where a domain publishes its events ({@code nova.events.*}).
 *
 * @param queuePrefix the environment's prefix of queue names ({@code nova-dev-} in AWS; empty locally)
 * @param sqsEndpoint an SQS stand-in's address (local runtime, tests); null in AWS
 */
@ConfigurationProperties("nova.events")
public record EventsSettings(@Nullable String queuePrefix, @Nullable URI sqsEndpoint) {

    public EventsSettings {
        queuePrefix = queuePrefix == null ? "" : queuePrefix;
    }
}
