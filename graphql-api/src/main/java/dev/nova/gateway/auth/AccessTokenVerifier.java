package dev.nova.gateway.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;

import java.text.ParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Verifies access tokens and builds the {@link Caller} from them. Only RS256 with one of identity's keys is
 * accepted, so {@code alg=none} and algorithm-confusion tokens fail; the issuer, audience, expiry (60 s of clock
 * skew) and the {@code sub} and {@code sid} claims are all checked, and a token of a revoked session is refused
 * within seconds ({@link SessionRevocations}).
 */
public final class AccessTokenVerifier {

    private static final String BEARER = "bearer ";

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final SessionRevocations revocations;

    public AccessTokenVerifier(IdentityKeySource keys, SessionRevocations revocations, String issuer,
                               String audience) {
        this.revocations = revocations;
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        processor.setJWSKeySelector(keys);
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                Set.of("sub", "sid", "exp", "iat")));
    }

    /**
     * The caller an {@code Authorization} header speaks for: anonymous without one, {@code UNAUTHENTICATED} for a
     * token that is malformed, tampered with, expired or not identity's.
     */
    public Caller callerFor(String authorization, String correlationId, ClientInfo client) {
        if (authorization == null || authorization.isBlank()) {
            return Caller.anonymous(correlationId, client);
        }
        if (authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw invalid("use the Authorization scheme Bearer");
        }
        try {
            JWTClaimsSet claims = processor.process(authorization.substring(BEARER.length()).strip(), null);
            UUID userId = UUID.fromString(claims.getSubject());
            UUID sessionId = UUID.fromString(claims.getStringClaim("sid"));
            if (revocations.isRevoked(sessionId)) {
                throw invalid("the session has ended, sign in again");
            }
            return Caller.user(userId, sessionId, correlationId, rolesOf(claims), client);
        } catch (KeySourceException e) {
            throw new DomainException(ErrorCode.UNAVAILABLE, "tokens cannot be checked right now, try again");
        } catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException e) {
            throw invalid("the access token is invalid or expired");
        }
    }

    /** The token's account roles; anything else (a forged {@code system}, say) never reaches a caller. */
    private static Set<String> rolesOf(JWTClaimsSet claims) throws ParseException {
        List<String> roles = claims.getStringListClaim("roles");
        return roles == null ? Set.of()
                : roles.stream().filter(Caller.ACCOUNT_ROLES::contains).collect(Collectors.toUnmodifiableSet());
    }

    private static DomainException invalid(String message) {
        return new DomainException(ErrorCode.UNAUTHENTICATED, message);
    }
}
