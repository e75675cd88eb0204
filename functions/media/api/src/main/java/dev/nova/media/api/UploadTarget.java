package dev.nova.media.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Map;

/**
 * A presigned request: send the bytes with exactly this method, URL and headers before {@code expiresAt}; S3
 * refuses another size, type or hash, and any request after it expires. A {@code POST} (for browsers) is an HTML
 * form upload: {@code fields} in order, then the file as the last field, named {@code file}.
 */
@Serdeable
public record UploadTarget(String method, String url, Map<String, String> headers, Map<String, String> fields,
                           Instant expiresAt) {

    public UploadTarget {
        headers = headers == null ? Map.of() : headers;
        fields = fields == null ? Map.of() : fields;
    }

    @Override
    public String toString() {
        return "UploadTarget[" + method + ", (signed), expiresAt=" + expiresAt + "]";
    }
}
