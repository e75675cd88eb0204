package dev.nova.identity.domain;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;

/**
 * A password as typed, checked against the policy for new passwords: at least 8 characters, and at most 256 so
 * that long passphrases fit while hashing stays bounded. It never prints itself.
 */
public final class Password {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /** A new password, held to the policy. */
    public static Password forNewAccount(String value) {
        if (value == null || value.isEmpty()) {
            throw DomainException.badInput("password", "is required");
        }
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH) {
            throw DomainException.badInput("password", "must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw DomainException.badInput("password", "must be at most " + MAX_LENGTH + " characters");
        }
        return new Password(value);
    }

    /** A password offered at sign-in: only bounded, since the policy may have changed since it was set. */
    public static Password offered(String value) {
        if (value == null || value.isEmpty()) {
            throw DomainException.badInput("password", "is required");
        }
        if (value.length() > MAX_LENGTH * 2) {
            throw new DomainException(ErrorCode.UNAUTHENTICATED, Account.WRONG_CREDENTIALS);
        }
        return new Password(value);
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Password(redacted)";
    }
}
