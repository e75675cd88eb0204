package dev.nova.users.domain;

import dev.nova.kernel.DomainException;

import java.util.Locale;

/** Why something is reported, as Mastodon and Instagram ask. */
public enum ReportCategory {
    SPAM, HARASSMENT, VIOLENCE, NUDITY, IMPERSONATION, OTHER;

    public static ReportCategory parse(String value) {
        try {
            return ReportCategory.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.badInput("category",
                    "must be SPAM, HARASSMENT, VIOLENCE, NUDITY, IMPERSONATION or OTHER");
        }
    }
}
