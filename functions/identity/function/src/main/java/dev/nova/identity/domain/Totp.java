package dev.nova.identity.domain;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app reads them: HMAC-SHA1, 6 digits, 30-second
 * steps, a 160-bit secret in base32. A code is accepted one step early or late (clock skew of up to 30 s either
 * way); {@link #matchingStep} answers which step matched, so that the caller can refuse that step, and every
 * earlier one, from then on.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    private static final int SKEW_STEPS = 1;
    private static final int SECRET_BYTES = 20;
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    private Totp(byte[] key) {
        this.key = key;
    }

    /** A new random secret, in base32. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return base32(secret);
    }

    public static Totp of(String base32Secret) {
        return new Totp(fromBase32(base32Secret));
    }

    /** True for input shaped like a code: six digits, spaces allowed as apps show them ("123 456"). */
    public static boolean looksLikeCode(String input) {
        return input != null && CODE.matcher(input.replace(" ", "")).matches();
    }

    /** The {@code otpauth://} URI authenticator apps read from a QR code. */
    public static String uri(String issuer, String accountName, String base32Secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    /** The step of {@code at}: whole periods since the epoch. */
    public static long stepAt(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for one step. */
    public String codeAt(long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    /**
     * The step, within one of {@code at}'s, whose code is {@code code} and which comes after {@code lastUsedStep}
     * (a code already accepted is never accepted again); empty when none is.
     */
    public OptionalLong matchingStep(String code, Instant at, Long lastUsedStep) {
        if (!looksLikeCode(code)) {
            return OptionalLong.empty();
        }
        String offered = code.replace(" ", "");
        long now = stepAt(at);
        for (long step = now - SKEW_STEPS; step <= now + SKEW_STEPS; step++) {
            boolean fresh = lastUsedStep == null || step > lastUsedStep;
            if (fresh && MessageDigest.isEqual(codeAt(step).getBytes(StandardCharsets.US_ASCII),
                    offered.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 31]);
        }
        return out.toString();
    }

    static byte[] fromBase32(String text) {
        String clean = text.replace("=", "").replace(" ", "").toUpperCase(Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = c >= 'A' && c <= 'Z' ? c - 'A' : c >= '2' && c <= '7' ? c - '2' + 26 : -1;
            if (value < 0) {
                throw new IllegalArgumentException("not base32");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
