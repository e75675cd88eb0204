package dev.nova.media.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;

/**
 * A presigned request: send the bytes with exactly this method, URL and headers before {@code expiresAt}; S3
 * refuses another size, type or hash, and any request after it expires.
 */
@Serdeable
public record UploadTarget(String method, String url, Map<String, String> headers, Instant expiresAt) {

    @Override
    public String toString() {
        return "UploadTarget[" + method + ", (signed), expiresAt=" + expiresAt + "]";
    }
}
