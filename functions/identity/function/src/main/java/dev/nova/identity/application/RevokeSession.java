package dev.nova.identity.application;

import dev.nova.identity.api.RevokeSessionRequest;
import dev.nova.identity.api.SessionsEnded;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;

import java.time.Clock;

/**
 * Ends one of the caller's own sessions (a lost phone). Another account's session, or one already ended, is
 * {@code NOT_FOUND}: the answer never tells whether someone else's session id exists.
 */
public final class RevokeSession {

    static final String REASON = "revoked_by_user";

    private final Sessions sessions;
    private final Clock clock;

    public RevokeSession(Sessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    public SessionsEnded revoke(Caller caller, RevokeSessionRequest request) {
        if (request.sessionId() == null) {
            throw DomainException.badInput("id", "is required");
        }
        if (!sessions.revokeOwn(caller.requireUser(), request.sessionId(), clock.instant(), REASON)) {
            throw DomainException.notFound("session");
        }
        return new SessionsEnded(1);
    }
}
