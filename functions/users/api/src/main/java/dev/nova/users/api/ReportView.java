package dev.nova.users.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A report, and how it was resolved once it is. */
@Serdeable
public record ReportView(UUID id, UUID reporterId, String targetType, UUID targetId, String category,
                         @Nullable String comment, String status, Instant createdAt, @Nullable UUID resolvedBy,
                         @Nullable Instant resolvedAt, @Nullable String action, @Nullable String resolutionNote) {
}
