package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** What a correct password answers when two-factor sign-in is on: a token to send back with the code. */
@Serdeable
public record SecondFactorChallenge(String challenge, Instant expiresAt) {

    @Override
    public String toString() {
        return "SecondFactorChallenge[expiresAt=" + expiresAt + "]";
    }
}
