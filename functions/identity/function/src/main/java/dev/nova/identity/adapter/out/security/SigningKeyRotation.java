package dev.nova.identity.adapter.out.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Rotates identity's signing keys: a new RSA-2048 key goes first (published at once, signing after
 * {@link JwkSigningKeys#ACTIVATION_DELAY}), the key before it stays so that its tokens verify until they expire,
 * and older ones are dropped. Rotations must be further apart than an access token's lifetime plus the activation
 * delay (25 minutes); monthly is the default.
 * <p>As a command, it reads the current private JWK set on standard input (empty for none) and writes the rotated
 * one on standard output: {@code java -cp nova-identity.jar dev.nova.identity.adapter.out.security.SigningKeyRotation}.
 */
public final class SigningKeyRotation {

    /** The new key and the one before it. */
    static final int KEPT = 2;

    private SigningKeyRotation() {
    }

    /** The JWK set after one rotation of {@code current} (null, blank or {@code {"keys":[]}} for a first key). */
    public static String rotate(String current, Clock clock) {
        List<RSAKey> keys = new ArrayList<>();
        keys.add(newKey(clock.instant()));
        if (current != null && !current.isBlank()) {
            keys.addAll(JwkSigningKeys.keysOf(current).stream().limit(KEPT - 1).toList());
        }
        return new JWKSet(List.copyOf(keys)).toString(false);
    }

    /** When the newest key of {@code current} was made, or null when it does not say. */
    public static Instant newestKeyMadeAt(String current) {
        Date made = JwkSigningKeys.parse(current).get(0).getIssueTime();
        return made == null ? null : made.toInstant();
    }

    private static RSAKey newKey(Instant now) {
        try {
            String kid = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC).format(now) + "-"
                    + UUID.randomUUID().toString().substring(0, 8);
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .issueTime(Date.from(now)).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make a signing key", e);
        }
    }

    public static void main(String[] args) throws IOException {
        String current = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        System.out.print(rotate(current, Clock.systemUTC()));
    }
}
