package dev.nova.media.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** {@code MediaUploaded}: an asset's bytes are in, with the size that was signed. */
@Serdeable
public record MediaUploaded(UUID assetId, UUID ownerId, String kind, String contentType, long byteSize,
                            Instant uploadedAt) {
}
