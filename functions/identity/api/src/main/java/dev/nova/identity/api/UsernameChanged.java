package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An account took a new username; the previous one stays reserved to it for a while. */
@Serdeable
public record UsernameChanged(UUID userId, String username, String previousUsername, Instant changedAt) {
}
