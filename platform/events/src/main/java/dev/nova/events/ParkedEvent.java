package dev.nova.events;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An event the relay gave up sending after its attempts, with the error of the last one. */
@Serdeable
public record ParkedEvent(UUID id, String type, String aggregateType, String aggregateId, int attempts,
                          String lastError, Instant parkedAt, String correlationId) {
}
