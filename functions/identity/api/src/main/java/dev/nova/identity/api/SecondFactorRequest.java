package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/** Completes a sign-in: the challenge from the password step and a TOTP code or a recovery code. */
@Serdeable
public record SecondFactorRequest(String challenge, String code) {

    @Override
    public String toString() {
        return "SecondFactorRequest[(redacted)]";
    }
}
