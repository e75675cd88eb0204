package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** @param action {@code DISMISS}, {@code WARN}, {@code REMOVE_CONTENT} or {@code SUSPEND} */
@Serdeable
public record ResolveReportRequest(UUID reportId, String action, String note) {
}
