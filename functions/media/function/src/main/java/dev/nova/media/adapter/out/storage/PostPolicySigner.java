package dev.nova.media.adapter.out.storage;

import dev.nova.media.api.UploadTarget;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.regions.Region;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * S3's browser upload: an HTML form POST under a policy signed with SigV4 (the AWS documentation's "Browser-Based
 * Uploads Using POST"). The AWS SDK for Java v2 presigns requests but has no POST policy signer
 * (aws-sdk-java-v2#1493), so this is the one signer Nova writes. The policy pins the bucket, the key, the content
 * type, the exact size ({@code content-length-range} from the size to the size) and the SHA-256, and expires with
 * the request.
 */
public final class PostPolicySigner {

    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final AwsCredentialsProvider credentials;
    private final Region region;
    private final Clock clock;

    public PostPolicySigner(AwsCredentialsProvider credentials, Region region, Clock clock) {
        this.credentials = credentials;
        this.region = region;
        this.clock = clock;
    }

    /** The form to POST to {@code bucketUrl}: its fields in order; the file goes last, as {@code file}. */
    public UploadTarget sign(String bucketUrl, String bucket, String key, String contentType, long byteSize,
                             String sha256Base64, Duration ttl) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(ttl);
        AwsCredentials signer = credentials.resolveCredentials();
        String day = DAY.format(now);
        String credential = signer.accessKeyId() + "/" + day + "/" + region.id() + "/s3/aws4_request";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", key);
        fields.put("Content-Type", contentType);
        fields.put("x-amz-checksum-sha256", sha256Base64);
        fields.put("x-amz-algorithm", ALGORITHM);
        fields.put("x-amz-credential", credential);
        fields.put("x-amz-date", STAMP.format(now));
        if (signer instanceof AwsSessionCredentials session) {
            fields.put("x-amz-security-token", session.sessionToken());
        }
        List<String> conditions = new ArrayList<>();
        conditions.add(equal("bucket", bucket));
        fields.forEach((name, value) -> conditions.add(equal(name, value)));
        conditions.add("[\"content-length-range\", " + byteSize + ", " + byteSize + "]");
        String policy = Base64.getEncoder().encodeToString(("{\"expiration\": " + quoted(expiresAt.toString())
                + ", \"conditions\": [" + String.join(", ", conditions) + "]}").getBytes(StandardCharsets.UTF_8));
        fields.put("policy", policy);
        fields.put("x-amz-signature", HexFormat.of().formatHex(hmac(signingKey(signer.secretAccessKey(), day),
                policy)));
        return new UploadTarget("POST", bucketUrl, Map.of(), fields, expiresAt);
    }

    /** SigV4's key for this day, region and service. */
    private byte[] signingKey(String secret, String day) {
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), day);
        key = hmac(key, region.id());
        key = hmac(key, "s3");
        return hmac(key, "aws4_request");
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    private static String equal(String name, String value) {
        return "{" + quoted(name) + ": " + quoted(value) + "}";
    }

    /** A JSON string: the values are ids, types, dates and base64, but quotes and backslashes are escaped anyway. */
    private static String quoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\');
            }
            if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
