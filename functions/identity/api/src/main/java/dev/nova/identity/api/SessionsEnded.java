package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/** How many sessions an operation ended. */
@Serdeable
public record SessionsEnded(int count) {
}
