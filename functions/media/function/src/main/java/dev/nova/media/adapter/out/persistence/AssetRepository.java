package dev.nova.media.adapter.out.persistence;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code media.assets}: every read leaves soft-deleted rows out. */
@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(env = "media")
public interface AssetRepository extends GenericRepository<AssetRow, UUID> {

    /** A pending asset, unless the owner has a live one of the same bytes (the unique index decides). */
    @Query("""
            INSERT INTO assets (id, owner_id, kind, declared_type, byte_size, sha256, multipart_upload_id, status,
                                created_at, updated_at)
            VALUES (:id, :owner, :kind, :contentType, :byteSize, :sha256, :multipartUploadId, 'PENDING_UPLOAD', :at,
                    :at)
            ON CONFLICT (owner_id, sha256) WHERE deleted_at IS NULL AND status <> 'FAILED' DO NOTHING""")
    long insertPending(UUID id, UUID owner, String kind, String contentType, long byteSize, String sha256,
                       @Nullable String multipartUploadId, Instant at);

    @Query("SELECT multipart_upload_id FROM assets WHERE id = :id AND multipart_upload_id IS NOT NULL")
    Optional<String> findMultipartUploadId(UUID id);

    @Query("SELECT " + AssetRow.COLUMNS + " FROM assets WHERE owner_id = :owner AND sha256 = :sha256 "
            + "AND deleted_at IS NULL AND status <> 'FAILED'")
    Optional<AssetRow> findLiveByHash(UUID owner, String sha256);

    @Query("SELECT " + AssetRow.COLUMNS + " FROM assets WHERE id = :id AND deleted_at IS NULL")
    Optional<AssetRow> findLive(UUID id);

    @Query("UPDATE assets SET status = :status, failure_reason = :failureReason, updated_at = :at "
            + "WHERE id = :id AND status = 'PENDING_UPLOAD' AND deleted_at IS NULL")
    long updateFromPending(UUID id, String status, @Nullable String failureReason, Instant at);

    @Query("UPDATE assets SET deleted_at = :at, deleted_by = :by, deletion_reason = :reason, updated_at = :at "
            + "WHERE id = :id AND deleted_at IS NULL")
    long softDelete(UUID id, UUID by, String reason, Instant at);

    @Query("SELECT " + AssetRow.COLUMNS + " FROM assets WHERE id = :id")
    Optional<AssetRow> findAny(UUID id);

    @Query("SELECT coalesce(sum(byte_size), 0) FROM assets WHERE owner_id = :owner AND created_at > :since")
    long sumBytesSince(UUID owner, Instant since);

    @Query("SELECT " + AssetRow.COLUMNS + " FROM assets WHERE owner_id = :owner AND deleted_at IS NULL "
            + "AND (CAST(:afterAt AS timestamptz) IS NULL "
            + "OR (created_at, id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid))) "
            + "ORDER BY created_at DESC, id DESC LIMIT :limit")
    List<AssetRow> findPage(UUID owner, @Nullable Instant afterAt, @Nullable UUID afterId, int limit);

    @Query("SELECT asset_id, name, content_type, width, height, byte_size FROM variants WHERE asset_id IN (:ids) "
            + "ORDER BY asset_id, width DESC")
    List<VariantRow> findVariants(Collection<UUID> ids);

    @Query("""
            INSERT INTO variants (asset_id, name, content_type, width, height, byte_size, object_key)
            VALUES (:assetId, :name, :contentType, :width, :height, :byteSize, :objectKey)
            ON CONFLICT (asset_id, name) DO UPDATE SET content_type = excluded.content_type, width = excluded.width,
                height = excluded.height, byte_size = excluded.byte_size, object_key = excluded.object_key""")
    long upsertVariant(UUID assetId, String name, String contentType, int width, int height, long byteSize,
                       String objectKey);

    /** Moves an asset from one status to the next; 0 rows when it was not in {@code from} (another run moved it). */
    @Query("UPDATE assets SET status = :to, progress = :progress, updated_at = :at "
            + "WHERE id = :id AND status = :from AND deleted_at IS NULL")
    long updateStatus(UUID id, String from, String to, int progress, Instant at);

    @Query("UPDATE assets SET status = 'READY', progress = 100, detected_type = :detectedType, width = :width, "
            + "height = :height, orientation = :orientation, blurhash = :blurhash, updated_at = :at "
            + "WHERE id = :id AND status = 'PROCESSING' AND deleted_at IS NULL")
    long markReady(UUID id, String detectedType, int width, int height, String orientation, String blurhash,
                   Instant at);

    @Query("UPDATE assets SET status = 'FAILED', failure_reason = :reason, updated_at = :at "
            + "WHERE id = :id AND status IN ('UPLOADED', 'PROCESSING') AND deleted_at IS NULL")
    long markFailed(UUID id, String reason, Instant at);

    @Query("SELECT sha256 FROM assets WHERE id = :id")
    Optional<String> findSha256(UUID id);

    @Query("SELECT " + AssetRow.COLUMNS + " FROM assets WHERE id IN (:ids) AND owner_id = :owner "
            + "AND deleted_at IS NULL")
    List<AssetRow> findOwned(UUID owner, Collection<UUID> ids);
}
