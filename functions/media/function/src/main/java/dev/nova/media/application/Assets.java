package dev.nova.media.application;

import dev.nova.media.api.AssetView;
import dev.nova.media.api.VariantView;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** media's assets, as the use cases need them; every read leaves soft-deleted assets out. */
public interface Assets {

    /** Records a pending asset; empty when the owner already has a live one of this hash (then read that). */
    Optional<AssetView> insertPending(UUID id, UUID owner, String kind, String contentType, long byteSize,
                                      String sha256, String multipartUploadId, Instant at);

    /** The multipart upload of a pending asset; empty for a single-request upload. */
    Optional<String> multipartUploadId(UUID id);

    Optional<AssetView> liveByHash(UUID owner, String sha256);

    Optional<AssetView> byId(UUID id);

    /** Moves a pending asset on; empty when it was not pending (another request moved it first). */
    Optional<AssetView> fromPending(UUID id, String status, String failureReason, Instant at);

    /** Soft-deletes a live asset; empty when it was gone already. */
    Optional<AssetView> softDelete(UUID id, UUID by, String reason, Instant at);

    /** The bytes the owner declared in uploads created since {@code since}, deleted ones included. */
    long bytesCreatedSince(UUID owner, Instant since);

    List<AssetView> page(UUID owner, Instant afterAt, UUID afterId, int limit);

    List<AssetView> byIds(UUID owner, List<UUID> ids);

    /** The SHA-256 the owner declared. */
    Optional<String> sha256Of(UUID id);

    /** UPLOADED → PROCESSING; false when it was not UPLOADED (deleted, or another run took it). */
    boolean startProcessing(UUID id, Instant at);

    /** PROCESSING → READY with what the pipeline learned and made; empty when it was not PROCESSING. */
    Optional<AssetView> ready(UUID id, String detectedType, int width, int height, String orientation,
                              String blurhash, List<StoredVariant> variants, Instant at);

    /** UPLOADED or PROCESSING → FAILED with the reason; empty when it was in neither. */
    Optional<AssetView> failed(UUID id, String reason, Instant at);

    /** A variant and where its bytes are. */
    record StoredVariant(VariantView view, String objectKey) {
    }
}
