package dev.nova.media.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What {@code createUpload} answers: the asset, and how to send its bytes: one presigned request ({@code upload}),
 * or parts ({@code multipart}, for a large video); neither for an asset whose bytes are in already (the same file
 * uploaded before).
 */
@Serdeable
public record UploadTicket(AssetView asset, @Nullable UploadTarget upload, @Nullable MultipartPlan multipart) {
}
