package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An account proved it owns its (new) email address; the address itself stays in identity. */
@Serdeable
public record UserEmailVerified(UUID userId, Instant verifiedAt) {
}
