package dev.nova.gateway.auth;

import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.api.Revocations;
import dev.nova.identity.api.RevocationsRequest;
import dev.nova.invocation.DomainInvoker;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.observability.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sessions identity revoked lately, so that the gateway refuses their access tokens within seconds instead of
 * at expiry, with no database of its own. Each gateway instance asks identity for the revocations since its last
 * answer at most every {@link #MAX_AGE} while requests come (with an overlap, so a revocation committed late is not
 * missed), and forgets those older than an access token's lifetime. If identity cannot answer, the last answer
 * serves for up to {@link #MAX_STALENESS}; after that, signed-in requests get {@code UNAVAILABLE} rather than
 * trusting tokens it cannot check.
 */
public final class SessionRevocations {

    static final Duration MAX_AGE = Duration.ofSeconds(2);
    static final Duration MAX_STALENESS = Duration.ofSeconds(30);
    private static final Duration OVERLAP = Duration.ofSeconds(5);
    private static final Duration REMEMBER = Duration.ofMinutes(16);
    private static final Logger LOG = LoggerFactory.getLogger(SessionRevocations.class);

    private final DomainInvoker identity;
    private final Clock clock;
    private final Map<UUID, Instant> revoked = new ConcurrentHashMap<>();
    private volatile Instant checkedAt;
    private volatile Instant asOf;

    public SessionRevocations(DomainInvoker identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    public boolean isRevoked(UUID sessionId) {
        Instant now = clock.instant();
        if (checkedAt == null || checkedAt.plus(MAX_AGE).isBefore(now)) {
            refresh(now);
        }
        return revoked.containsKey(sessionId);
    }

    private synchronized void refresh(Instant now) {
        if (checkedAt != null && !checkedAt.plus(MAX_AGE).isBefore(now)) {
            return;
        }
        Instant since = asOf == null ? null : asOf.minus(OVERLAP);
        try {
            Caller gateway = Caller.system(CorrelationId.currentOrNew());
            Revocations answer = identity.invoke(IdentityApi.REVOKED_SESSIONS, gateway, new RevocationsRequest(since))
                    .join();
            answer.sessions().forEach(session -> revoked.put(session.sessionId(), session.revokedAt()));
            revoked.values().removeIf(at -> at.isBefore(now.minus(REMEMBER)));
            asOf = answer.asOf();
            checkedAt = now;
        } catch (CompletionException e) {
            if (checkedAt == null || checkedAt.plus(MAX_STALENESS).isBefore(now)) {
                throw new DomainException(ErrorCode.UNAVAILABLE, "sessions cannot be checked right now, try again");
            }
            LOG.warn("revocations could not be refreshed; using the answer of {}", checkedAt);
        }
    }
}
