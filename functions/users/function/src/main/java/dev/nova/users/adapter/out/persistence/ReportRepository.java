package dev.nova.users.adapter.out.persistence;

import dev.nova.users.api.ReportView;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code users.reports}, read into {@link ReportView} by column name. */
@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(env = "users")
public interface ReportRepository extends GenericRepository<ProfileRow, UUID> {

    String COLUMNS = "id, reporter_id, target_type, target_id, category, comment, status, created_at, resolved_by, "
            + "resolved_at, action, resolution_note";

    /** One open report per reporter and target: filing again leaves the one already open. */
    @Query("""
            INSERT INTO reports (id, reporter_id, target_type, target_id, category, comment, created_at)
            VALUES (:id, :reporterId, :targetType, :targetId, :category, :comment, :createdAt)
            ON CONFLICT (reporter_id, target_type, target_id) WHERE status = 'OPEN' DO NOTHING""")
    long insert(UUID id, UUID reporterId, String targetType, UUID targetId, String category,
                @Nullable String comment, Instant createdAt);

    @Query("SELECT " + COLUMNS + " FROM reports WHERE reporter_id = :reporterId AND target_type = :targetType "
            + "AND target_id = :targetId AND status = 'OPEN'")
    Optional<ReportView> findOpen(UUID reporterId, String targetType, UUID targetId);

    @Query("SELECT " + COLUMNS + " FROM reports WHERE status = 'OPEN' "
            + "AND (CAST(:afterAt AS timestamptz) IS NULL "
            + "OR (created_at, id) > (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))) "
            + "ORDER BY created_at, id LIMIT :limit")
    List<ReportView> findOpenPage(@Nullable Instant afterAt, @Nullable UUID afterId, int limit);

    @Query("UPDATE reports SET status = 'RESOLVED', resolved_by = :moderator, resolved_at = :at, action = :action, "
            + "resolution_note = :note WHERE id = :reportId AND status = 'OPEN'")
    long resolve(UUID reportId, UUID moderator, String action, @Nullable String note, Instant at);

    @Query("SELECT " + COLUMNS + " FROM reports WHERE id = :reportId")
    Optional<ReportView> findById(UUID reportId);
}
