package dev.nova.users.application;

import dev.nova.kernel.Caller;
import dev.nova.kernel.Cursor;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.Ids;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import dev.nova.users.api.ReportRequest;
import dev.nova.users.api.ReportView;
import dev.nova.users.api.ResolveReportRequest;
import dev.nova.users.domain.ReportAction;
import dev.nova.users.domain.ReportCategory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reports and the moderation queue. Anyone signed in may report a user (one open report per reporter and target;
 * reporting again answers the open one); only callers with the moderator role read the queue and resolve reports,
 * and a resolution records the moderator, the action and a note.
 */
public final class Moderation {

    static final int COMMENT_MAX = 1000;
    static final String USER_TARGET = "USER";

    private final Profiles profiles;
    private final Reports reports;
    private final Clock clock;

    public Moderation(Profiles profiles, Reports reports, Clock clock) {
        this.profiles = profiles;
        this.reports = reports;
        this.clock = clock;
    }

    public ReportView report(Caller caller, ReportRequest request) {
        UUID reporter = caller.requireUser();
        String targetType = request.targetType() == null ? USER_TARGET
                : request.targetType().strip().toUpperCase(Locale.ROOT);
        if (!targetType.equals(USER_TARGET)) {
            throw DomainException.badInput("targetType", "must be USER (content is reported as its domain lands)");
        }
        if (request.targetId() == null) {
            throw DomainException.badInput("targetId", "is required");
        }
        if (request.targetId().equals(reporter)) {
            throw DomainException.badInput("targetId", "must be another account");
        }
        ReportCategory category = ReportCategory.parse(request.category());
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw DomainException.badInput("comment", "must be at most " + COMMENT_MAX + " characters");
        }
        profiles.visibility(request.targetId(), null).orElseThrow(() -> DomainException.notFound("user"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return reports.file(new ReportView(Ids.newId(), reporter, targetType, request.targetId(), category.name(),
                comment, "OPEN", now, null, null, null, null));
    }

    public Page<ReportView> queue(Caller caller, PageRequest request) {
        requireModerator(caller);
        Cursor after = request.cursor();
        List<ReportView> rows = reports.open(after == null ? null : after.instantKey(0),
                after == null ? null : after.uuidKey(1), request.first() + 1);
        return Page.fromOverfetched(rows, request,
                report -> Cursor.of(report.createdAt().toString(), report.id().toString()));
    }

    public ReportView resolve(Caller caller, ResolveReportRequest request) {
        UUID moderator = requireModerator(caller);
        if (request.reportId() == null) {
            throw DomainException.badInput("reportId", "is required");
        }
        ReportAction action = ReportAction.parse(request.action());
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (note != null && note.length() > COMMENT_MAX) {
            throw DomainException.badInput("note", "must be at most " + COMMENT_MAX + " characters");
        }
        return reports.resolve(request.reportId(), moderator, action.name(), note, clock.instant())
                .orElseThrow(() -> reports.byId(request.reportId()).isPresent()
                        ? DomainException.conflict("reportId", "the report is already resolved")
                        : DomainException.notFound("report"));
    }

    private static UUID requireModerator(Caller caller) {
        UUID user = caller.requireUser();
        if (!caller.hasRole(Caller.MODERATOR_ROLE)) {
            throw DomainException.forbidden("only moderators may do this");
        }
        return user;
    }
}
