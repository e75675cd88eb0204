package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ChangeUsernameRequest(String username) {
}
