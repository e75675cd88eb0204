package dev.nova.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * A local OpenID Connect issuer with keys of its own, standing in for Google or Apple: it publishes its JWKS over
 * loopback HTTP and mints ID tokens with whatever claims a test needs, signed with its key or with a stranger's.
 */
public final class TestIdentityProvider implements AutoCloseable {

    private final String issuer;
    private final RSAKey key = generate("provider-key");
    private final RSAKey stranger = generate("provider-key");
    private final LoopbackHttp jwks;

    public TestIdentityProvider(String issuer) {
        this.issuer = issuer;
        String published = new JWKSet(key.toPublicJWK()).toString();
        this.jwks = new LoopbackHttp(request -> LoopbackHttp.Answer.json(published));
    }

    public String issuer() {
        return issuer;
    }

    public URI jwksUri() {
        return jwks.endpoint().resolve("/keys");
    }

    /** An ID token: the standard claims for {@code audience}, valid for 10 minutes from {@code now}, plus extras. */
    public String idToken(String subject, String audience, Instant now, Map<String, Object> extra) {
        return token(key, issuer, subject, audience, now, now.plusSeconds(600), extra);
    }

    /** The same token shape, with every standard claim chosen by the test and signed by {@code signedByStranger}. */
    public String token(boolean signedByStranger, String tokenIssuer, String subject, String audience, Instant now,
                        Instant expiresAt, Map<String, Object> extra) {
        return token(signedByStranger ? stranger : key, tokenIssuer, subject, audience, now, expiresAt, extra);
    }

    private static String token(RSAKey signer, String issuer, String subject, String audience, Instant now,
                                Instant expiresAt, Map<String, Object> extra) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject(subject).audience(audience)
                .issueTime(Date.from(now)).expirationTime(Date.from(expiresAt));
        extra.forEach(claims::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(signer));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        jwks.close();
    }
}
