package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/** A code from the authenticator app. */
@Serdeable
public record CodeRequest(String code) {

    @Override
    public String toString() {
        return "CodeRequest[(redacted)]";
    }
}
