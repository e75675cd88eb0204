package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A report, and how it was resolved once it is. */
@Serdeable
public record ReportView(UUID id, UUID reporterId, String targetType, UUID targetId, String category,
                         String comment, String status, Instant createdAt, UUID resolvedBy, Instant resolvedAt,
                         String action, String resolutionNote) {
}
