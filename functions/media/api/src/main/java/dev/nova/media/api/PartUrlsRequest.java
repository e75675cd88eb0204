package dev.nova.media.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** Presigned requests for these parts (1-based, at most {@value #MAX_PARTS} at a time) of a multipart upload. */
@Serdeable
public record PartUrlsRequest(UUID mediaAssetId, List<Integer> partNumbers) {

    public static final int MAX_PARTS = 100;

    public PartUrlsRequest {
        partNumbers = partNumbers == null ? List.of() : List.copyOf(partNumbers);
    }
}
