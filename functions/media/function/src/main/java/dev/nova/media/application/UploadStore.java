package dev.nova.media.application;

import dev.nova.media.api.UploadTarget;

import java.time.Duration;
import java.util.Optional;

/** Where creators' bytes go: presigned requests to it, and what it holds. */
public interface UploadStore {

    /**
     * A PUT of exactly {@code byteSize} bytes of {@code contentType} whose SHA-256 is {@code sha256Base64} to
     * {@code key}, signed for {@code ttl}: the store refuses any other size, type or content.
     */
    UploadTarget presignPut(String key, String contentType, long byteSize, String sha256Base64, Duration ttl);

    /** The size of the object at {@code key}; empty when there is none. */
    Optional<Long> size(String key);

    void delete(String key);
}
