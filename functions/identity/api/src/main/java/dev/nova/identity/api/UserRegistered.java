package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * An account was created. It carries what other domains need to greet the new user (the users domain makes the
 * profile from it) and no more: the email address stays in identity.
 */
@Serdeable
public record UserRegistered(UUID userId, String username, Instant registeredAt) {
}
