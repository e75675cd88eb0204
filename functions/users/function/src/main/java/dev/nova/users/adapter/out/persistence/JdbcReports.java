package dev.nova.users.adapter.out.persistence;

import dev.nova.users.api.ReportView;
import dev.nova.users.application.Reports;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reports in {@code users.reports}, through {@link ReportRepository}. */
public final class JdbcReports implements Reports {

    private final ReportRepository reports;

    public JdbcReports(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public ReportView file(ReportView report) {
        reports.insert(report.id(), report.reporterId(), report.targetType(), report.targetId(), report.category(),
                report.comment(), report.createdAt());
        return reports.findOpen(report.reporterId(), report.targetType(), report.targetId()).orElseThrow();
    }

    @Override
    public List<ReportView> open(Instant afterAt, UUID afterId, int limit) {
        return reports.findOpenPage(afterAt, afterId, limit);
    }

    @Override
    public Optional<ReportView> resolve(UUID reportId, UUID moderator, String action, String note, Instant at) {
        // Micronaut Data reads UPDATE ... RETURNING as a scalar, so the row is read back on the same connection.
        return reports.resolve(reportId, moderator, action, note, at) == 1 ? reports.findById(reportId)
                : Optional.empty();
    }

    @Override
    public Optional<ReportView> byId(UUID reportId) {
        return reports.findById(reportId);
    }
}
