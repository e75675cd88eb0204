package dev.nova.identity.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An account: who someone is to Nova, and what proves it.
 *
 * @param passwordHash    the argon2id hash, or null for an account made through Google or Apple sign-in
 * @param emailVerifiedAt when the owner proved the current email address, or null
 * @param totpSecret      the confirmed TOTP secret (base32) when two-factor sign-in is on, or null
 * @param totpLastStep    the last TOTP time step accepted, so that no code is accepted twice
 * @param roles           the staff roles the account holds ({@code moderator}), carried in its access tokens
 */
public record Account(UUID id, EmailAddress email, Username username, String passwordHash, Instant createdAt,
                      Instant emailVerifiedAt, String totpSecret, Long totpLastStep, Set<String> roles) {

    /** The one answer for an unknown identifier and a wrong password alike: no user enumeration. */
    public static final String WRONG_CREDENTIALS = "wrong email, username or password";

    public Account {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** A new account: two-factor sign-in off, no roles. */
    public static Account newAccount(UUID id, EmailAddress email, Username username, String passwordHash,
                                     Instant createdAt, Instant emailVerifiedAt) {
        return new Account(id, email, username, passwordHash, createdAt, emailVerifiedAt, null, null, Set.of());
    }

    /** This account with {@code address}, proven at {@code at}. */
    public Account withVerifiedEmail(EmailAddress address, Instant at) {
        return new Account(id, address, username, passwordHash, createdAt, at, totpSecret, totpLastStep, roles);
    }

    public Account withUsername(Username next) {
        return new Account(id, email, next, passwordHash, createdAt, emailVerifiedAt, totpSecret, totpLastStep,
                roles);
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public boolean twoFactorEnabled() {
        return totpSecret != null;
    }
}
