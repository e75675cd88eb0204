package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** An account as its owner sees it. */
@Serdeable
public record AccountView(UUID id, String username, String email, Instant createdAt, boolean emailVerified,
                          boolean twoFactorEnabled) {
}
