package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** The other user of a relationship operation. */
@Serdeable
public record TargetRequest(UUID userId) {
}
