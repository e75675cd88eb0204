package dev.nova.media.application;

import dev.nova.media.api.UploadTarget;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where creators' bytes go: presigned requests to it, and what it holds. */
public interface UploadStore {

    /**
     * A PUT of exactly {@code byteSize} bytes of {@code contentType} whose SHA-256 is {@code sha256Base64} to
     * {@code key}, signed for {@code ttl}: the store refuses any other size, type or content.
     */
    UploadTarget presignPut(String key, String contentType, long byteSize, String sha256Base64, Duration ttl);

    /**
     * An HTML form upload (a browser's POST) of exactly {@code byteSize} bytes of {@code contentType} to
     * {@code key}, under a signed policy valid for {@code ttl}.
     */
    UploadTarget presignPost(String key, String contentType, long byteSize, String sha256Base64, Duration ttl);

    /** Starts a multipart upload of {@code contentType} to {@code key}: its upload id. */
    String startMultipart(String key, String contentType);

    /** A PUT of part {@code partNumber}, exactly {@code byteSize} bytes, signed for {@code ttl}. */
    UploadTarget presignPart(String key, String uploadId, int partNumber, long byteSize, Duration ttl);

    /** The parts storage holds of a multipart upload, in part order. */
    List<StoredPart> parts(String key, String uploadId);

    /** Joins the parts into the object at {@code key}. */
    void completeMultipart(String key, String uploadId, List<StoredPart> parts);

    /** Drops a multipart upload and the parts sent; nothing happens for one already gone. */
    void abortMultipart(String key, String uploadId);

    /** A part storage holds. */
    record StoredPart(int partNumber, long byteSize, String etag) {
    }

    /** The size of the object at {@code key}; empty when there is none. */
    Optional<Long> size(String key);

    void delete(String key);

    /** The bytes of the object at {@code key}. */
    byte[] read(String key);
}
