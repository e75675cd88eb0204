package dev.nova.pipeline;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** What a file is by its first bytes, whatever its name or declared type says. */
public final class MagicNumbers {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private MagicNumbers() {
    }

    public static Optional<String> imageType(byte[] bytes) {
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (bytes.length >= 12 && ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 12).equals("WEBP")) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    /** "a JPEG", "a PNG", "a WebP", for a reason an app shows. */
    static String name(String contentType) {
        return switch (contentType) {
            case "image/jpeg" -> "a JPEG";
            case "image/png" -> "a PNG";
            case "image/webp" -> "a WebP";
            default -> contentType;
        };
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String ascii(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.US_ASCII);
    }
}
