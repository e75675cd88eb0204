package dev.nova.media.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An upload the client is about to make.
 *
 * @param kind        {@code IMAGE} or {@code VIDEO}
 * @param contentType what the client says the bytes are ({@code image/jpeg}, {@code video/mp4}, ...)
 * @param byteSize    the exact size the upload will have: it is signed into the request
 * @param sha256      the bytes' SHA-256, 64 hex digits: the same file twice is one asset
 * @param uploadMethod {@code PUT} (the default: apps) or {@code POST} (an HTML form upload: browsers)
 */
@Serdeable
public record CreateUploadRequest(String kind, String contentType, long byteSize, String sha256,
                                  @Nullable String uploadMethod) {

    public CreateUploadRequest(String kind, String contentType, long byteSize, String sha256) {
        this(kind, contentType, byteSize, sha256, null);
    }
}
