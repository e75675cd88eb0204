package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/** Changes the signed-in account's password; the current one proves it is its owner asking. */
@Serdeable
public record ChangePasswordRequest(String currentPassword, String newPassword) {

    @Override
    public String toString() {
        return "ChangePasswordRequest[(redacted)]";
    }
}
