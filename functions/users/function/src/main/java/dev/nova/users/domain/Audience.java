package dev.nova.users.domain;

import dev.nova.kernel.DomainException;

import java.util.Locale;

/** Who may do something to an account (message, mention, tag it). */
public enum Audience {
    EVERYONE, FOLLOWING, NOBODY;

    public static Audience parse(String field, String value) {
        try {
            return Audience.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.badInput(field, "must be EVERYONE, FOLLOWING or NOBODY");
        }
    }
}
