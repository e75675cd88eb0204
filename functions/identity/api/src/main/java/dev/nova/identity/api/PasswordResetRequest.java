package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/** Asks for a password reset mail to the address, if an account has it. */
@Serdeable
public record PasswordResetRequest(String email) {
}
