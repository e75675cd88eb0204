package dev.nova.identity.application;

import dev.nova.identity.api.RevokeSessionRequest;
import dev.nova.identity.api.SessionsEnded;
import dev.nova.identity.domain.SecurityEventType;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;

import java.time.Clock;
import java.time.Instant;

/**
 * Ends one of the caller's own sessions (a lost phone). Another account's session, or one already ended, is
 * {@code NOT_FOUND}: the answer never tells whether someone else's session id exists.
 */
public final class RevokeSession {

    static final String REASON = "revoked_by_user";

    private final Sessions sessions;
    private final SecurityLog log;
    private final Clock clock;

    public RevokeSession(Sessions sessions, SecurityLog log, Clock clock) {
        this.sessions = sessions;
        this.log = log;
        this.clock = clock;
    }

    public SessionsEnded revoke(Caller caller, RevokeSessionRequest request) {
        if (request.sessionId() == null) {
            throw DomainException.badInput("id", "is required");
        }
        Instant now = clock.instant();
        if (!sessions.revokeOwn(caller.requireUser(), request.sessionId(), now, REASON)) {
            throw DomainException.notFound("session");
        }
        log.record(caller.requireUser(), SecurityEventType.SESSION_REVOKED, caller.client(), now);
        return new SessionsEnded(1);
    }
}
