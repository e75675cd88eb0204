package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An account was deleted: other domains hide and detach what it made. */
@Serdeable
public record UserDeleted(UUID userId, Instant deletedAt) {
}
