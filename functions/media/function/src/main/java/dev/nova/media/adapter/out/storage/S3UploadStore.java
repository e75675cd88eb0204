package dev.nova.media.adapter.out.storage;

import dev.nova.media.api.UploadTarget;
import dev.nova.media.application.UploadStore;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.ListPartsResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PresignedUploadPartRequest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    private final PostPolicySigner posts;
    private final String bucket;

    public S3UploadStore(S3Client s3, S3Presigner presigner, PostPolicySigner posts, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.posts = posts;
        this.bucket = bucket;
    }

    @Override
    public UploadTarget presignPost(String key, String contentType, long byteSize, String sha256Base64,
                                    Duration ttl) {
        // The bucket's URL as the client addresses it (path-style locally, virtual-hosted in AWS).
        String objectUrl = s3.utilities().getUrl(request -> request.bucket(bucket).key(key)).toString();
        String bucketUrl = objectUrl.substring(0, objectUrl.length() - key.length());
        return posts.sign(bucketUrl, bucket, key, contentType, byteSize, sha256Base64, ttl);
    }

    @Override
    public UploadTarget presignPut(String key, String contentType, long byteSize, String sha256Base64,
                                   Duration ttl) {
        PresignedPutObjectRequest presigned = presigner.presignPutObject(request -> request
                .signatureDuration(ttl)
                .putObjectRequest(PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType)
                        .contentLength(byteSize).checksumSHA256(sha256Base64).build()));
        return target(presigned.url().toString(), presigned.signedHeaders(), presigned.expiration());
    }

    /** A PUT to {@code url} with every signed header but {@code host}, which the client's HTTP stack sets. */
    private static UploadTarget target(String url, Map<String, List<String>> signed, Instant expiresAt) {
        Map<String, String> headers = new LinkedHashMap<>();
        signed.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                headers.put(name, String.join(",", values));
            }
        });
        return new UploadTarget("PUT", url, headers, Map.of(), expiresAt);
    }

    @Override
    public String startMultipart(String key, String contentType) {
        return s3.createMultipartUpload(request -> request.bucket(bucket).key(key).contentType(contentType))
                .uploadId();
    }

    @Override
    public UploadTarget presignPart(String key, String uploadId, int partNumber, long byteSize, Duration ttl) {
        PresignedUploadPartRequest presigned = presigner.presignUploadPart(request -> request
                .signatureDuration(ttl)
                .uploadPartRequest(part -> part.bucket(bucket).key(key).uploadId(uploadId).partNumber(partNumber)
                        .contentLength(byteSize)));
        return target(presigned.url().toString(), presigned.signedHeaders(), presigned.expiration());
    }

    @Override
    public List<StoredPart> parts(String key, String uploadId) {
        List<StoredPart> parts = new ArrayList<>();
        Integer marker = null;
        ListPartsResponse page;
        do {
            Integer after = marker;
            page = s3.listParts(request -> request.bucket(bucket).key(key).uploadId(uploadId)
                    .partNumberMarker(after));
            page.parts().forEach(part -> parts.add(new StoredPart(part.partNumber(), part.size(), part.eTag())));
            marker = page.nextPartNumberMarker();
        } while (Boolean.TRUE.equals(page.isTruncated()));
        return parts;
    }

    @Override
    public void completeMultipart(String key, String uploadId, List<StoredPart> parts) {
        s3.completeMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId)
                .multipartUpload(upload -> upload.parts(parts.stream().map(part -> CompletedPart.builder()
                        .partNumber(part.partNumber()).eTag(part.etag()).build()).toList())));
    }

    @Override
    public void abortMultipart(String key, String uploadId) {
        try {
            s3.abortMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId));
        } catch (NoSuchUploadException e) {
            // Aborted, or completed, already.
        }
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
    public byte[] read(String key) {
        return s3.getObjectAsBytes(request -> request.bucket(bucket).key(key)).asByteArray();
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(request -> request.bucket(bucket).key(key));
    }
}
