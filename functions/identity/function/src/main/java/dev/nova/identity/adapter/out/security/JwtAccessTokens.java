package dev.nova.identity.adapter.out.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.nova.identity.application.AccessTokens;
import dev.nova.kernel.Ids;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;

/**
 * Access tokens as RS256 JWTs ({@code sub}, {@code sid}, {@code iss}, {@code aud}, {@code iat}, {@code exp},
 * {@code jti}; {@code kid} in the header). RS256 because it verifies in about 50 µs on JDK 17, where ES256 takes a
 * millisecond and the gateway verifies on every request.
 */
public final class JwtAccessTokens implements AccessTokens {

    private final JwkSigningKeys keys;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final Clock clock;

    public JwtAccessTokens(JwkSigningKeys keys, String issuer, String audience, Duration lifetime, Clock clock) {
        this.keys = keys;
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public String issue(UUID accountId, UUID sessionId, Set<String> roles) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(accountId.toString())
                .claim("sid", sessionId.toString())
                .claim("roles", roles.stream().sorted().toList())
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .jwtID(Ids.newId().toString())
                .build();
        RSAKey key = keys.current();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an access token", e);
        }
        return jwt.serialize();
    }

    @Override
    public Duration lifetime() {
        return lifetime;
    }
}
