package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A profile's public fields changed (search and feeds refresh their copies). */
@Serdeable
public record ProfileUpdated(UUID userId, String username, String displayName, UUID avatarMediaId,
                             Instant updatedAt) {
}
