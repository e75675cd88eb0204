package dev.nova.events;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as it travels from a domain's outbox to its consumers: the body of every SQS message.
 *
 * @param id            the event's UUIDv7; consumers deduplicate on it
 * @param sequence      the event's place among its aggregate's events, from 1, without gaps
 * @param correlationId the request that caused it
 */
@Serdeable
public record EventEnvelope(UUID id, String type, String aggregateType, String aggregateId, long sequence,
                            Instant occurredAt, String correlationId, JsonNode payload) {
}
