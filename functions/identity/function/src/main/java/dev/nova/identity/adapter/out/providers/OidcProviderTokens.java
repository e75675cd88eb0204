package dev.nova.identity.adapter.out.providers;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.nova.identity.application.ProviderTokens;
import dev.nova.identity.domain.SecretToken;
import dev.nova.kernel.DomainException;

import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * ID tokens of OpenID Connect providers (Google, Apple): RS256 or ES256 signatures checked against the provider's
 * JWKS (fetched, cached and refreshed by Nimbus, with the provider's key rotation handled on an unknown key id),
 * the issuer one of the provider's, the audience one of Nova's client ids, expiry and issue time with a minute of
 * skew, and the nonce the app made for this sign-in (Apple carries its SHA-256 in hex).
 */
public final class OidcProviderTokens implements ProviderTokens {

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    private static final int TIMEOUT_MILLIS = 2_000;

    private final Map<String, Verifier> verifiers;

    public OidcProviderTokens(List<Provider> providers) {
        this.verifiers = providers.stream().collect(Collectors.toUnmodifiableMap(
                provider -> provider.name().toLowerCase(Locale.ROOT), Verifier::new));
    }

    /**
     * A provider as configured.
     *
     * @param issuers     the {@code iss} values its tokens carry
     * @param clientIds   Nova's client ids there: a token must be for one of them
     * @param nonceHashed true when the token carries the SHA-256 (hex) of the app's nonce, as Apple's do
     */
    public record Provider(String name, List<String> issuers, URI jwksUri, List<String> clientIds,
                           boolean nonceHashed) {
    }

    @Override
    public ProviderIdentity verify(String provider, String idToken, String nonce) {
        Verifier verifier = provider == null ? null : verifiers.get(provider.toLowerCase(Locale.ROOT));
        if (verifier == null) {
            throw DomainException.badInput("provider", "is not one Nova signs in with");
        }
        if (idToken == null || idToken.isBlank() || idToken.length() > 8_192) {
            throw refused();
        }
        if (nonce == null || nonce.isBlank()) {
            throw DomainException.badInput("nonce", "is required");
        }
        return verifier.verify(idToken, nonce);
    }

    private static DomainException refused() {
        return DomainException.unauthenticated("the provider's sign-in could not be verified");
    }

    private static final class Verifier {

        private final Provider provider;
        private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

        Verifier(Provider provider) {
            this.provider = provider;
            JWKSource<SecurityContext> keys;
            try {
                keys = JWKSourceBuilder.<SecurityContext>create(provider.jwksUri().toURL(),
                                new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, 256 * 1024))
                        .retrying(true)
                        .build();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("bad JWKS URI for " + provider.name(), e);
            }
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys));
            processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(new HashSet<>(provider.clientIds()),
                    null, Set.of("iss", "sub", "aud", "exp", "iat"), null));
        }

        ProviderIdentity verify(String idToken, String nonce) {
            JWTClaimsSet claims;
            try {
                claims = processor.process(idToken, null);
            } catch (ParseException | BadJOSEException | JOSEException e) {
                throw refused();
            }
            if (!provider.issuers().contains(claims.getIssuer())) {
                throw refused();
            }
            String expected = provider.nonceHashed() ? SecretToken.sha256(nonce) : nonce;
            Object carried = claims.getClaim("nonce");
            if (!(carried instanceof String value) || !MessageDigest.isEqual(
                    value.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
                throw refused();
            }
            Object email = claims.getClaim("email");
            return new ProviderIdentity(provider.name().toLowerCase(Locale.ROOT), claims.getSubject(),
                    email instanceof String address ? address : null, isTrue(claims.getClaim("email_verified")));
        }

        /** Google sends a boolean, Apple sometimes the string "true". */
        private static boolean isTrue(Object value) {
            return Boolean.TRUE.equals(value) || "true".equals(value);
        }
    }
}
