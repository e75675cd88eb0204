package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** Asks for the sessions revoked after {@code since}. */
@Serdeable
public record RevocationsRequest(Instant since) {
}
