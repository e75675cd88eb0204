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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
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

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenVerifier.class);
    private static final String BEARER = "bearer ";
    /** The clock skew allowed on expiry. */
    private static final Duration SKEW = Duration.ofSeconds(60);
    /** Expiry is checked here, after the signature, so that an expired token is told from a forged one. */
    private static final int NO_EXPIRY_CHECK = (int) Duration.ofDays(3650).toSeconds();

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final SessionRevocations revocations;
    private final Clock clock;
    private final SecuritySignals signals = new SecuritySignals(LOG, Duration.ofMinutes(1), 20);

    public AccessTokenVerifier(IdentityKeySource keys, SessionRevocations revocations, String issuer,
                               String audience, Clock clock) {
        this.revocations = revocations;
        this.clock = clock;
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
        processor.setJWSKeySelector(keys);
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "sid", "exp", "iat"));
        claims.setMaxClockSkew(NO_EXPIRY_CHECK);
        processor.setJWTClaimsSetVerifier(claims);
    }

    /**
     * Who an {@code Authorization} header speaks for: a signed-in caller for a valid token; an anonymous one
     * without a header, or with a token that is not taken, and then why ({@link Verified#problem}). Only keys that
     * cannot be read right now are an error ({@code UNAVAILABLE}): the request cannot be judged.
     */
    public Verified verify(String authorization, String correlationId, ClientInfo client) {
        Caller anonymous = Caller.anonymous(correlationId, client);
        if (authorization == null || authorization.isBlank()) {
            return new Verified(anonymous, null);
        }
        if (authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return refused(anonymous, TokenProblem.TOKEN_INVALID);
        }
        try {
            JWTClaimsSet claims = processor.process(authorization.substring(BEARER.length()).strip(), null);
            if (claims.getExpirationTime().toInstant().plus(SKEW).isBefore(clock.instant())) {
                return new Verified(anonymous, TokenProblem.TOKEN_EXPIRED);
            }
            UUID userId = UUID.fromString(claims.getSubject());
            UUID sessionId = UUID.fromString(claims.getStringClaim("sid"));
            if (revocations.isRevoked(sessionId)) {
                return refused(anonymous, TokenProblem.TOKEN_REVOKED);
            }
            return new Verified(Caller.user(userId, sessionId, correlationId, rolesOf(claims), client), null);
        } catch (KeySourceException e) {
            throw new DomainException(ErrorCode.UNAVAILABLE, "tokens cannot be checked right now, try again");
        } catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException e) {
            return refused(anonymous, TokenProblem.TOKEN_INVALID);
        }
    }

    /** A refused token is a security signal (a forged or stolen one, or a client bug): logged, without the token. */
    private Verified refused(Caller anonymous, TokenProblem problem) {
        signals.record(problem.name(), anonymous.client().address(), anonymous.correlationId());
        return new Verified(anonymous, problem);
    }

    /** The token's account roles; anything else (a forged {@code system}, say) never reaches a caller. */
    private static Set<String> rolesOf(JWTClaimsSet claims) throws ParseException {
        List<String> roles = claims.getStringListClaim("roles");
        return roles == null ? Set.of()
                : roles.stream().filter(Caller.ACCOUNT_ROLES::contains).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The outcome of reading a request's token.
     *
     * @param problem why the token was not taken; null when it was, or when there was none
     */
    public record Verified(Caller caller, TokenProblem problem) {
    }
}
