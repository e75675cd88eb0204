package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/** Sets a new password with the token from a password reset mail. */
@Serdeable
public record ResetPasswordRequest(String token, String newPassword) {

    @Override
    public String toString() {
        return "ResetPasswordRequest[(redacted)]";
    }
}
