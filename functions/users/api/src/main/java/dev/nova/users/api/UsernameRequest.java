package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record UsernameRequest(String username) {
}
