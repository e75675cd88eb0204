package dev.nova.media.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code MediaDeleted}: an asset is gone from every read.
 *
 * @param reason {@code OWNER} (by its owner), {@code MODERATOR} or {@code ACCOUNT_DELETED}
 */
@Serdeable
public record MediaDeleted(UUID assetId, UUID ownerId, UUID deletedBy, String reason, Instant deletedAt) {
}
