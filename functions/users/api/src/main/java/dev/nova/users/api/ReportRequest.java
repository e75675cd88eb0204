package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * A report to the moderators.
 *
 * @param targetType {@code USER} (content types join as their domains land)
 * @param category   {@code SPAM}, {@code HARASSMENT}, {@code VIOLENCE}, {@code NUDITY}, {@code IMPERSONATION},
 *                   {@code OTHER}
 */
@Serdeable
public record ReportRequest(String targetType, UUID targetId, String category, String comment) {
}
