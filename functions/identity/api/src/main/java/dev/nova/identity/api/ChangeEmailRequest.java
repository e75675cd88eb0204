package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/** Moves the account to a new address once that address is verified; the password proves the owner asks. */
@Serdeable
public record ChangeEmailRequest(String newEmail, String password) {

    @Override
    public String toString() {
        return "ChangeEmailRequest[newEmail=" + newEmail + ", password=(redacted)]";
    }
}
