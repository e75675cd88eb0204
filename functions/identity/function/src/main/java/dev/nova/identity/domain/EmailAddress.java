package dev.nova.identity.domain;

import dev.nova.kernel.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as an account holds it: trimmed, at most 254 characters, one {@code @}, a dotted domain.
 * Accounts are unique on its lower-cased form, so {@code Ann@Example.com} and {@code ann@example.com} are one.
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw DomainException.badInput("email", "is required");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw DomainException.badInput("email", "is not a valid email address");
        }
    }

    /** The form accounts are unique on. */
    public String normalized() {
        return value.toLowerCase(Locale.ROOT);
    }

    /** The lower-cased part before the {@code @}. */
    public String localPart() {
        String normalized = normalized();
        return normalized.substring(0, normalized.lastIndexOf('@'));
    }

    public static boolean looksLikeEmail(String identifier) {
        return identifier.indexOf('@') >= 0;
    }
}
