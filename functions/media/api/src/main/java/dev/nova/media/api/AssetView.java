package dev.nova.media.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An asset as its owner sees it.
 *
 * @param kind          {@code IMAGE} or {@code VIDEO}
 * @param status        {@code PENDING_UPLOAD}, {@code UPLOADED}, {@code PROCESSING}, {@code READY} or {@code FAILED}
 * @param contentType   the declared type until the pipeline has read the bytes, then the detected one
 * @param progress      0 to 100, while processing
 * @param failureReason why it FAILED, in words an app can show
 */
@Serdeable
public record AssetView(UUID id, UUID ownerId, String kind, String status, String contentType, long byteSize,
                        @Nullable Integer width, @Nullable Integer height, @Nullable Long durationMs,
                        @Nullable String orientation, @Nullable String blurhash, int progress,
                        @Nullable String failureReason, Instant createdAt, Instant updatedAt,
                        List<VariantView> variants) {

    public AssetView {
        // An empty list does not cross the wire: it arrives as none.
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** The same asset with its variants. */
    public AssetView withVariants(List<VariantView> made) {
        return new AssetView(id, ownerId, kind, status, contentType, byteSize, width, height, durationMs, orientation,
                blurhash, progress, failureReason, createdAt, updatedAt, made);
    }
}
