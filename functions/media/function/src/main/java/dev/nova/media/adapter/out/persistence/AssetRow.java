package dev.nova.media.adapter.out.persistence;

import dev.nova.media.api.AssetView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The columns of {@code media.assets} every read answers. */
@MappedEntity("assets")
public record AssetRow(@Id UUID id, UUID ownerId, String kind, String status, String declaredType,
                       @Nullable String detectedType, long byteSize, @Nullable Integer width, @Nullable Integer height,
                       @Nullable Long durationMs, @Nullable String orientation, @Nullable String blurhash,
                       int progress, @Nullable String failureReason, Instant createdAt, Instant updatedAt) {

    static final String COLUMNS = "id, owner_id, kind, status, declared_type, detected_type, byte_size, width, "
            + "height, duration_ms, orientation, blurhash, progress, failure_reason, created_at, updated_at";

    AssetView view() {
        return new AssetView(id, ownerId, kind, status, detectedType != null ? detectedType : declaredType, byteSize,
                width, height, durationMs, orientation, blurhash, progress, failureReason, createdAt, updatedAt,
                List.of());
    }
}
