package dev.nova.identity.application;

import dev.nova.identity.api.SessionsEnded;
import dev.nova.identity.domain.SecurityEventType;
import dev.nova.kernel.Caller;

import java.time.Clock;
import java.time.Instant;

/** Ends every session of the caller's account, on every device, this one included. */
public final class LogOutEverywhere {

    static final String REASON = "logout_everywhere";

    private final Sessions sessions;
    private final SecurityLog log;
    private final Clock clock;

    public LogOutEverywhere(Sessions sessions, SecurityLog log, Clock clock) {
        this.sessions = sessions;
        this.log = log;
        this.clock = clock;
    }

    public SessionsEnded logOutEverywhere(Caller caller) {
        Instant now = clock.instant();
        int ended = sessions.revokeAll(caller.requireUser(), now, REASON);
        log.record(caller.requireUser(), SecurityEventType.SIGNED_OUT_EVERYWHERE, caller.client(), now);
        return new SessionsEnded(ended);
    }
}
