package dev.nova.gateway.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
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
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * identity's public keys, fetched through the domain invoker and cached: refreshed every 10 minutes, and at once
 * (at most every 30 s) when a token names a key the cache does not hold, so that a newly rotated key verifies
 * without a redeploy and a flood of made-up key ids cannot flood identity.
 */
public final class IdentityKeySource implements JWKSource<SecurityContext> {

    private static final Duration MAX_AGE = Duration.ofMinutes(10);
    private static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(30);

    private final DomainInvoker invoker;
    private final Clock clock;
    private volatile Cached cached;

    public IdentityKeySource(DomainInvoker invoker, Clock clock) {
        this.invoker = invoker;
        this.clock = clock;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        Instant now = clock.instant();
        Cached current = cached;
        if (current == null || current.fetchedAt().plus(MAX_AGE).isBefore(now)) {
            current = refresh(now);
        }
        List<JWK> found = selector.select(current.keys());
        if (found.isEmpty() && current.fetchedAt().plus(MIN_REFRESH_INTERVAL).isBefore(now)) {
            found = selector.select(refresh(now).keys());
        }
        return found;
    }

    private synchronized Cached refresh(Instant now) throws KeySourceException {
        Caller gateway = Caller.anonymous(CorrelationId.currentOrNew(), ClientInfo.UNKNOWN);
        try {
            JsonWebKeySet published = invoker.invoke(IdentityApi.PUBLIC_KEYS, gateway, NoInput.INSTANCE).join();
            Cached fresh = new Cached(new JWKSet(published.keys().stream().map(IdentityKeySource::rsa).toList()),
                    now);
            cached = fresh;
            return fresh;
        } catch (CompletionException e) {
            throw new KeySourceException("identity's public keys could not be fetched", e.getCause());
        }
    }

    private static JWK rsa(JsonWebKey key) {
        return new RSAKey.Builder(new Base64URL(key.n()), new Base64URL(key.e()))
                .keyID(key.kid())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .build();
    }

    private record Cached(JWKSet keys, Instant fetchedAt) {
    }
}
