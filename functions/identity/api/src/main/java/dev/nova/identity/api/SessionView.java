package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One of the caller's live sessions, as the account's owner sees it; {@code current} marks the asking one. */
@Serdeable
public record SessionView(UUID id, String userAgent, String clientAddress, Instant createdAt, Instant lastUsedAt,
                          boolean current) {
}
