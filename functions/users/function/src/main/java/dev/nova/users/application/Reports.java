package dev.nova.users.application;

import dev.nova.users.api.ReportView;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reports and the moderation queue. */
public interface Reports {

    /** Files the report, or answers the reporter's open report on the same target. */
    ReportView file(ReportView report);

    /** Open reports, oldest first, after the keyset position when given. */
    List<ReportView> open(Instant afterAt, UUID afterId, int limit);

    /** Resolves an open report; empty when it is not open (or does not exist). */
    Optional<ReportView> resolve(UUID reportId, UUID moderator, String action, String note, Instant at);

    Optional<ReportView> byId(UUID reportId);
}
