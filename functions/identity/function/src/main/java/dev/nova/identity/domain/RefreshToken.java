package dev.nova.identity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An opaque refresh token: 256 random bits, shown to the client once. Only its SHA-256 is stored, so a leaked
 * table does not leak sessions (a fast hash is enough for 256 bits of entropy).
 */
public record RefreshToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** A token as a client presents it; anything not shaped like one of ours is refused before any lookup. */
    public static Optional<RefreshToken> presented(String value) {
        return value != null && SHAPE.matcher(value).matches() ? Optional.of(new RefreshToken(value))
                : Optional.empty();
    }

    public static RefreshToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new RefreshToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "RefreshToken(redacted)";
    }
}
