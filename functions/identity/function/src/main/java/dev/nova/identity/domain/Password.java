package dev.nova.identity.domain;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;

import java.util.Locale;

/**
 * A password as typed, checked against the policy for new passwords (NIST SP 800-63B, OWASP ASVS 5.0 V6.2): at
 * least 8 characters, and at most 256 so that long passphrases fit while hashing stays bounded; not one of the most
 * common passwords; not containing the account's username or email. No composition rules: length and the block
 * list do the work. It never prints itself.
 */
public final class Password {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;
    private static final int MIN_PART = 4;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /** A new password for the account with {@code username} and {@code email}, held to the whole policy. */
    public static Password forAccount(String value, Username username, EmailAddress email) {
        Password password = forNewAccount(value);
        String lowered = value.toLowerCase(Locale.ROOT);
        if (CommonPasswords.contains(value)) {
            throw DomainException.badInput("password", "is one of the most common passwords; choose another");
        }
        if (containsPart(lowered, username.normalized())) {
            throw DomainException.badInput("password", "must not contain your username");
        }
        if (email != null && (lowered.contains(email.normalized()) || containsPart(lowered, email.localPart()))) {
            throw DomainException.badInput("password", "must not contain your email address");
        }
        return password;
    }

    /** A new password held to the length rules alone: for values no account will hold (the decoy hash). */
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

    /** Parts of 4 characters or more count: a 3-letter username inside a long passphrase is no weakness. */
    private static boolean containsPart(String lowered, String part) {
        return part.length() >= MIN_PART && lowered.contains(part);
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Password(redacted)";
    }
}
