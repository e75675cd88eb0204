package dev.nova.media.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** {@code MediaFailed}: the pipeline refused an asset, with the reason its owner is shown. */
@Serdeable
public record MediaFailed(UUID assetId, UUID ownerId, String reason, Instant failedAt) {
}
