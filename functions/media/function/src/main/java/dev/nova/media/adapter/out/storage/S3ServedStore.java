package dev.nova.media.adapter.out.storage;

import dev.nova.media.application.ServedStore;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The media bucket: variants and renditions, immutable once written (a new version is a new key). */
public final class S3ServedStore implements ServedStore {

    private final S3Client s3;
    private final String bucket;

    public S3ServedStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        s3.putObject(request -> request.bucket(bucket).key(key).contentType(contentType)
                .cacheControl("public, max-age=31536000, immutable"), RequestBody.fromBytes(bytes));
    }
}
