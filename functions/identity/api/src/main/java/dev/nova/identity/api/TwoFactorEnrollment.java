package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A TOTP secret waiting for its first code: show {@code otpauthUri} as a QR code, or {@code secret} for typing.
 */
@Serdeable
public record TwoFactorEnrollment(String secret, String otpauthUri) {

    @Override
    public String toString() {
        return "TwoFactorEnrollment[(redacted)]";
    }
}
