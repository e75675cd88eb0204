package dev.nova.users.domain;

import dev.nova.kernel.DomainException;

import java.util.Locale;

/** What a moderator did about a report. */
public enum ReportAction {
    DISMISS, WARN, REMOVE_CONTENT, SUSPEND;

    public static ReportAction parse(String value) {
        try {
            return ReportAction.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.badInput("action", "must be DISMISS, WARN, REMOVE_CONTENT or SUSPEND");
        }
    }
}
