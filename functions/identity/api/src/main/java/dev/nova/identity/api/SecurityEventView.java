package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of an account's security log, as its owner reads it (login history).
 *
 * @param type for example {@code SIGN_IN}, {@code SIGN_IN_FAILED}, {@code PASSWORD_CHANGED}; see the API guide
 */
@Serdeable
public record SecurityEventView(UUID id, String type, String clientAddress, String userAgent, Instant occurredAt) {
}
