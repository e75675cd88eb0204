package dev.nova.identity.adapter.out.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import dev.nova.identity.api.JsonWebKey;
import dev.nova.identity.api.JsonWebKeySet;
import dev.nova.identity.application.SigningKeys;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * identity's signing keys: a JWK set of RSA private keys, newest first, read from its source (inline, a file, or a
 * Secrets Manager secret) and read again every 5 minutes, so that a rotation reaches running functions without a
 * deploy. Every key is published; new tokens are signed with the newest key that has been published for at least
 * {@link #ACTIVATION_DELAY} (its {@code iat}), so that every gateway has had the chance to see a key before any
 * token carries it. Keys without {@code iat} count as published long ago.
 */
public final class JwkSigningKeys implements SigningKeys {

    /** Longer than the reload period, so every identity instance publishes a key before any signs with it. */
    public static final Duration ACTIVATION_DELAY = Duration.ofMinutes(10);
    static final Duration RELOAD_PERIOD = Duration.ofMinutes(5);
    /** How often a set with no key yet is read again: a new stage's first rotation lands seconds after deploy. */
    static final Duration EMPTY_RELOAD_PERIOD = Duration.ofSeconds(5);

    private final Supplier<String> source;
    private final Clock clock;
    private volatile Loaded loaded;

    private JwkSigningKeys(Supplier<String> source, Clock clock) {
        this.source = source;
        this.clock = clock;
        this.loaded = load(source.get(), clock.instant());
    }

    /** Keys read from {@code source} now and every 5 minutes after. */
    public static JwkSigningKeys from(Supplier<String> source, Clock clock) {
        return new JwkSigningKeys(source, clock);
    }

    /**
     * The key new tokens are signed with. When no key is old enough, the oldest signs: a first deployment has only
     * a brand-new key, and nobody could sign in for 10 minutes if it waited.
     */
    public RSAKey current() {
        Loaded keys = fresh();
        if (keys.keys().isEmpty()) {
            throw new IllegalStateException("identity has no signing key yet: the signing-keys secret awaits its "
                    + "first rotation");
        }
        Instant activeBefore = clock.instant().minus(ACTIVATION_DELAY);
        return keys.keys().stream()
                .filter(key -> key.getIssueTime() == null || !key.getIssueTime().toInstant().isAfter(activeBefore))
                .findFirst()
                .orElse(keys.keys().get(keys.keys().size() - 1));
    }

    @Override
    public JsonWebKeySet publicKeys() {
        return fresh().published();
    }

    private Loaded fresh() {
        Loaded keys = loaded;
        Instant now = clock.instant();
        Duration period = keys.keys().isEmpty() ? EMPTY_RELOAD_PERIOD : RELOAD_PERIOD;
        if (now.isAfter(keys.loadedAt().plus(period))) {
            synchronized (this) {
                if (loaded == keys) {
                    try {
                        loaded = load(source.get(), now);
                    } catch (RuntimeException e) {
                        // Keep signing with what we have; the next call tries again.
                        loaded = new Loaded(keys.keys(), keys.published(), now.minus(period).plusSeconds(30));
                    }
                }
                keys = loaded;
            }
        }
        return keys;
    }

    /** The keys of a private JWK set, newest first; identity cannot work with none. */
    static List<RSAKey> parse(String privateJwkSet) {
        List<RSAKey> keys = keysOf(privateJwkSet);
        if (keys.isEmpty()) {
            throw new IllegalStateException("identity has no signing key");
        }
        return keys;
    }

    /** The keys of a private JWK set, which may be empty: a new secret holds {@code {"keys":[]}} until rotated. */
    static List<RSAKey> keysOf(String privateJwkSet) {
        try {
            List<JWK> parsed = JWKSet.parse(privateJwkSet).getKeys();
            return parsed.stream().map(JwkSigningKeys::signingKey).toList();
        } catch (ParseException e) {
            throw new IllegalStateException("identity's signing keys are not a valid JWK set", e);
        }
    }

    /**
     * An empty set loads (a new stage's secret is {@code {"keys":[]}} until its first rotation, and SnapStart runs
     * this at publish time), but cannot sign: {@link #current()} says so until a key arrives.
     */
    private static Loaded load(String privateJwkSet, Instant now) {
        List<RSAKey> keys = keysOf(privateJwkSet);
        return new Loaded(keys, new JsonWebKeySet(keys.stream().map(JwkSigningKeys::publicHalf).toList()), now);
    }

    private static RSAKey signingKey(JWK jwk) {
        if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate() || rsa.getKeyID() == null) {
            throw new IllegalStateException("each signing key must be an RSA private key with a kid");
        }
        return rsa;
    }

    private static JsonWebKey publicHalf(RSAKey key) {
        RSAKey pub = key.toPublicJWK();
        return new JsonWebKey("RSA", pub.getKeyID(), "sig", JWSAlgorithm.RS256.getName(),
                pub.getModulus().toString(), pub.getPublicExponent().toString());
    }

    private record Loaded(List<RSAKey> keys, JsonWebKeySet published, Instant loadedAt) {
    }
}
