package dev.nova.events;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Where a domain publishes its events ({@code nova.events.*}).
 *
 * @param queuePrefix the environment's prefix of queue names ({@code nova-dev-} in AWS; empty locally)
 */
@ConfigurationProperties("nova.events")
public record EventsSettings(@Nullable String queuePrefix) {

    public EventsSettings {
        queuePrefix = queuePrefix == null ? "" : queuePrefix;
    }
}
