package dev.nova.identity.domain;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A two-factor recovery code: 80 random bits as four groups of four base32 letters ({@code ABCD-EFGH-JKMN-PQRS}).
 * Shown once when two-factor sign-in is turned on; kept as SHA-256 (enough for 80 random bits); each works once.
 */
public record RecoveryCode(String value) {

    public static final int COUNT = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}");

    public static List<RecoveryCode> generate() {
        List<RecoveryCode> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            byte[] bytes = new byte[10];
            RANDOM.nextBytes(bytes);
            String raw = Totp.base32(bytes);
            codes.add(new RecoveryCode(String.join("-", raw.substring(0, 4), raw.substring(4, 8),
                    raw.substring(8, 12), raw.substring(12, 16))));
        }
        return List.copyOf(codes);
    }

    /** A code as typed: case and the dashes' absence forgiven. */
    public static Optional<RecoveryCode> presented(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String compact = input.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (compact.length() != 16) {
            return Optional.empty();
        }
        String value = String.join("-", compact.substring(0, 4), compact.substring(4, 8), compact.substring(8, 12),
                compact.substring(12, 16));
        return SHAPE.matcher(value).matches() ? Optional.of(new RecoveryCode(value)) : Optional.empty();
    }

    public String hash() {
        return SecretToken.sha256(value);
    }

    @Override
    public String toString() {
        return "RecoveryCode(redacted)";
    }
}
