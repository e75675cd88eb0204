package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/** A single-use token from a mail (email verification). */
@Serdeable
public record TokenRequest(String token) {

    @Override
    public String toString() {
        return "TokenRequest[token=(redacted)]";
    }
}
