package dev.nova.identity.application;

import dev.nova.identity.api.SessionsEnded;
import dev.nova.kernel.Caller;

import java.time.Clock;

/** Ends every session of the caller's account, on every device, this one included. */
public final class LogOutEverywhere {

    static final String REASON = "logout_everywhere";

    private final Sessions sessions;
    private final Clock clock;

    public LogOutEverywhere(Sessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    public SessionsEnded logOutEverywhere(Caller caller) {
        return new SessionsEnded(sessions.revokeAll(caller.requireUser(), clock.instant(), REASON));
    }
}
