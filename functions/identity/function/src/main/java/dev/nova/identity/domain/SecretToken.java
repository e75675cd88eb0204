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
 * An opaque bearer secret (refresh token, email verification and password reset tokens, sign-in challenge): 256
 * random bits, shown to its holder once. Only its SHA-256 is stored, so a leaked table leaks nothing usable (a fast
 * hash is enough for 256 bits of entropy).
 */
public record SecretToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    /** A token as a client presents it; anything not shaped like one of ours is refused before any lookup. */
    public static Optional<SecretToken> presented(String value) {
        return value != null && SHAPE.matcher(value).matches() ? Optional.of(new SecretToken(value))
                : Optional.empty();
    }

    public static SecretToken generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    public String hash() {
        return sha256(value);
    }

    /** The hex SHA-256 of a high-entropy secret, the form such secrets are stored in. */
    public static String sha256(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "SecretToken(redacted)";
    }
}
