package dev.nova.identity.application;

import dev.nova.identity.domain.Password;

/** Hashes passwords for storage and checks them, taking the same time whether or not an account exists. */
public interface PasswordHasher {

    String hash(Password password);

    boolean matches(Password password, String storedHash);

    /** Spends the time of a real check, for an identifier that matches no account; answers false. */
    boolean matchNothing(Password password);
}
