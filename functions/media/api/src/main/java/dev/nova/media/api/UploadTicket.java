package dev.nova.media.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What {@code createUpload} answers: the asset, and where to send its bytes; no target for an asset whose bytes
 * are in already (the same file uploaded before).
 */
@Serdeable
public record UploadTicket(AssetView asset, @Nullable UploadTarget upload) {
}
