package dev.nova.media.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/** One of the caller's assets. */
@Serdeable
public record AssetRequest(UUID mediaAssetId) {
}
