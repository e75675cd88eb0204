package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Proof, for a sensitive change, that the account's owner is at the keyboard: the password, or a fresh second
 * factor (a TOTP code or a recovery code).
 */
@Serdeable
public record Reauthentication(String password, String code) {

    @Override
    public String toString() {
        return "Reauthentication[(redacted)]";
    }
}
