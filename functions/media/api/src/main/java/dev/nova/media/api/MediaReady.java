package dev.nova.media.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code MediaReady}: what a consumer needs to show an asset (content publishes the posts waiting on it). */
@Serdeable
public record MediaReady(UUID assetId, UUID ownerId, String kind, String contentType, int width, int height,
                         String orientation, String blurhash, List<VariantView> variants, Instant readyAt) {
}
