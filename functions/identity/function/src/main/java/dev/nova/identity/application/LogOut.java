package dev.nova.identity.application;

import dev.nova.identity.api.SessionsEnded;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;

import java.time.Clock;

/** Ends the caller's current session: its refresh token dies now and its access tokens within seconds. */
public final class LogOut {

    static final String REASON = "logout";

    private final Sessions sessions;
    private final Clock clock;

    public LogOut(Sessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    public SessionsEnded logOut(Caller caller) {
        if (caller.sessionId() == null) {
            throw DomainException.unauthenticated("sign in to sign out");
        }
        boolean ended = sessions.revokeOwn(caller.requireUser(), caller.sessionId(), clock.instant(), REASON);
        return new SessionsEnded(ended ? 1 : 0);
    }
}
