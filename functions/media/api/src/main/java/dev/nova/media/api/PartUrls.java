package dev.nova.media.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * The requests for the parts asked for, and the parts storage already holds (after a dropped connection, send only
 * the others).
 */
@Serdeable
public record PartUrls(List<PartTarget> parts, List<UploadedPart> uploadedParts) {

    public PartUrls {
        parts = parts == null ? List.of() : List.copyOf(parts);
        uploadedParts = uploadedParts == null ? List.of() : List.copyOf(uploadedParts);
    }

    /** One part's presigned request. */
    @Serdeable
    public record PartTarget(int partNumber, UploadTarget upload) {
    }

    /** A part storage holds, with its size. */
    @Serdeable
    public record UploadedPart(int partNumber, long byteSize) {
    }
}
