package dev.nova.identity.domain;

import dev.nova.kernel.DomainException;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A handle as people type it in a mention: 3 to 30 letters, digits, underscores and dots, not starting or ending
 * with a dot and with no two dots together. Unique regardless of case; shown as its owner wrote it.
 */
public record Username(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_](?:[A-Za-z0-9_]|\\.(?!\\.)){1,28}[A-Za-z0-9_]");

    public Username {
        if (value == null || value.isBlank()) {
            throw DomainException.badInput("username", "is required");
        }
        value = value.strip();
        if (value.length() < 3 || value.length() > 30) {
            throw DomainException.badInput("username", "must be 3 to 30 characters");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw DomainException.badInput("username",
                    "may hold only letters, digits, underscores and single dots inside");
        }
    }

    /** The form usernames are unique on. */
    public String normalized() {
        return value.toLowerCase(Locale.ROOT);
    }
}
