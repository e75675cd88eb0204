package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/** Sign-in input: {@code identifier} is an email address or a username. */
@Serdeable
public record LoginRequest(String identifier, String password) {

    @Override
    public String toString() {
        return "LoginRequest[identifier=" + identifier + ", password=(redacted)]";
    }
}
