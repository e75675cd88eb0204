package dev.nova.users.adapter.out.persistence;

import dev.nova.persistence.Transactions;
import dev.nova.users.api.ReportView;
import dev.nova.users.application.Reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reports in {@code users.reports}. */
public final class JdbcReports implements Reports {

    private static final String COLUMNS = "id, reporter_id, target_type, target_id, category, comment, status, "
            + "created_at, resolved_by, resolved_at, action, resolution_note";

    private final Transactions transactions;

    public JdbcReports(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public ReportView file(ReportView report) {
        // One open report per reporter and target: filing again answers the one already open.
        transactions.update("""
                INSERT INTO reports (id, reporter_id, target_type, target_id, category, comment, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (reporter_id, target_type, target_id) WHERE status = 'OPEN' DO NOTHING""",
                report.id(), report.reporterId(), report.targetType(), report.targetId(), report.category(),
                report.comment(), report.createdAt());
        return transactions.one("SELECT " + COLUMNS + " FROM reports WHERE reporter_id = ? AND target_type = ? "
                        + "AND target_id = ? AND status = 'OPEN'", JdbcReports::report, report.reporterId(),
                report.targetType(), report.targetId()).orElseThrow();
    }

    @Override
    public List<ReportView> open(Instant afterAt, UUID afterId, int limit) {
        return transactions.list("SELECT " + COLUMNS + " FROM reports WHERE status = 'OPEN' "
                        + "AND (?::timestamptz IS NULL OR (created_at, id) > (?::timestamptz, ?::uuid)) "
                        + "ORDER BY created_at, id LIMIT ?", JdbcReports::report, afterAt, afterAt, afterId, limit);
    }

    @Override
    public Optional<ReportView> resolve(UUID reportId, UUID moderator, String action, String note, Instant at) {
        return transactions.one("UPDATE reports SET status = 'RESOLVED', resolved_by = ?, resolved_at = ?, "
                        + "action = ?, resolution_note = ? WHERE id = ? AND status = 'OPEN' RETURNING " + COLUMNS,
                JdbcReports::report, moderator, at, action, note, reportId);
    }

    @Override
    public Optional<ReportView> byId(UUID reportId) {
        return transactions.one("SELECT " + COLUMNS + " FROM reports WHERE id = ?", JdbcReports::report, reportId);
    }

    private static ReportView report(ResultSet row) throws SQLException {
        return new ReportView(row.getObject("id", UUID.class), row.getObject("reporter_id", UUID.class),
                row.getString("target_type"), row.getObject("target_id", UUID.class), row.getString("category"),
                row.getString("comment"), row.getString("status"), row.getTimestamp("created_at").toInstant(),
                row.getObject("resolved_by", UUID.class), instant(row.getTimestamp("resolved_at")),
                row.getString("action"), row.getString("resolution_note"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
