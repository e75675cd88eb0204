package dev.nova.media.adapter.out.storage;

import dev.nova.media.api.UploadTarget;
import dev.nova.media.application.UploadStore;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The uploads bucket through the SDK: presigned PUTs whose signature covers {@code Content-Type},
 * {@code Content-Length} and {@code x-amz-checksum-sha256}, so S3 itself refuses another type, size or content;
 * and the HEAD and DELETE that completion and aborts need.
 */
public final class S3UploadStore implements UploadStore {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    public S3UploadStore(S3Client s3, S3Presigner presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public UploadTarget presignPut(String key, String contentType, long byteSize, String sha256Base64,
                                   Duration ttl) {
        PresignedPutObjectRequest presigned = presigner.presignPutObject(request -> request
                .signatureDuration(ttl)
                .putObjectRequest(PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType)
                        .contentLength(byteSize).checksumSHA256(sha256Base64).build()));
        Map<String, String> headers = new LinkedHashMap<>();
        presigned.signedHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                headers.put(name, String.join(",", values));
            }
        });
        return new UploadTarget("PUT", presigned.url().toString(), headers, presigned.expiration());
    }

    @Override
    public Optional<Long> size(String key) {
        try {
            return Optional.of(s3.headObject(request -> request.bucket(bucket).key(key)).contentLength());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(request -> request.bucket(bucket).key(key));
    }
}
