package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** Ends one of the caller's own sessions. */
@Serdeable
public record RevokeSessionRequest(UUID sessionId) {
}
