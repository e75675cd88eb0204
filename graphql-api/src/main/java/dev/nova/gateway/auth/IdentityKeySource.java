package dev.nova.gateway.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.api.JsonWebKey;
import dev.nova.identity.api.JsonWebKeySet;
import dev.nova.invocation.DomainInvoker;
import dev.nova.invocation.NoInput;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.observability.CorrelationId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.security.Key;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.CompletionException;

/**
 * identity's public keys, fetched through the domain invoker and cached: refreshed every 10 minutes, and at once
 * (at most every 30 s) when a token names a key the cache does not hold, so that a newly rotated key verifies
 * without a redeploy and a flood of made-up key ids cannot flood identity.
 */
public final class IdentityKeySource implements JWSKeySelector<SecurityContext> {

    private static final Duration MAX_AGE = Duration.ofMinutes(10);
    private static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(30);

    private final DomainInvoker invoker;
    private final Clock clock;
    private volatile Cached cached;

    public IdentityKeySource(DomainInvoker invoker, Clock clock) {
        this.invoker = invoker;
        this.clock = clock;
    }

    /** The public key that verifies a token signed with RS256 under the header's key id, if identity has one. */
    @Override
    public List<? extends Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm()) || header.getKeyID() == null) {
            return List.of();
        }
        Instant now = clock.instant();
        Cached current = cached;
        if (current == null || current.fetchedAt().plus(MAX_AGE).isBefore(now)) {
            current = refresh(now);
        }
        RSAPublicKey key = current.keys().get(header.getKeyID());
        if (key == null && current.fetchedAt().plus(MIN_REFRESH_INTERVAL).isBefore(now)) {
            key = refresh(now).keys().get(header.getKeyID());
        }
        return key == null ? List.of() : List.of(key);
    }

    private synchronized Cached refresh(Instant now) throws KeySourceException {
        Caller gateway = Caller.anonymous(CorrelationId.currentOrNew(), ClientInfo.UNKNOWN);
        try {
            JsonWebKeySet published = invoker.invoke(IdentityApi.PUBLIC_KEYS, gateway, NoInput.INSTANCE).join();
            Cached fresh = new Cached(published.keys().stream()
                    .collect(Collectors.toUnmodifiableMap(JsonWebKey::kid, IdentityKeySource::rsa, (a, b) -> a)),
                    now);
            cached = fresh;
            return fresh;
        } catch (CompletionException e) {
            throw new KeySourceException("identity's public keys could not be fetched", e.getCause());
        }
    }

    /** Converted once per refresh: decoding a JWK's modulus costs more than verifying a signature with it. */
    private static RSAPublicKey rsa(JsonWebKey key) {
        try {
            return new RSAKey.Builder(new Base64URL(key.n()), new Base64URL(key.e())).build().toRSAPublicKey();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException("identity published a malformed key " + key.kid(), e);
        }
    }

    private record Cached(Map<String, RSAPublicKey> keys, Instant fetchedAt) {
    }
}
