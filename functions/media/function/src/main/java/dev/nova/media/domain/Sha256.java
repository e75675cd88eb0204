package dev.nova.media.domain;

import dev.nova.kernel.DomainException;

import java.util.HexFormat;
import java.util.Locale;

/** A declared SHA-256: 64 hex digits, kept lower-case; S3 checks it against the bytes (base64 on the wire). */
public record Sha256(String hex) {

    public static Sha256 parse(String declared) {
        String hex = declared == null ? "" : declared.strip().toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw DomainException.badInput("sha256", "must be the file's SHA-256 as 64 hex digits");
        }
        return new Sha256(hex);
    }

    /** The digest as S3's {@code x-amz-checksum-sha256} wants it. */
    public String base64() {
        return java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(hex));
    }
}
