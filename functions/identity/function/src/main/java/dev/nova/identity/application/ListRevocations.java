package dev.nova.identity.application;

import dev.nova.identity.api.Revocations;
import dev.nova.identity.api.RevocationsRequest;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Answers the sessions revoked since a time, for the gateway to refuse their access tokens before they expire. Only
 * revocations younger than an access token's lifetime matter (older tokens have expired anyway), which bounds the
 * answer. System callers only.
 */
public final class ListRevocations {

    static final int LIMIT = 10_000;

    private final Sessions sessions;
    private final Duration accessTokenLifetime;
    private final Clock clock;

    public ListRevocations(Sessions sessions, Duration accessTokenLifetime, Clock clock) {
        this.sessions = sessions;
        this.accessTokenLifetime = accessTokenLifetime;
        this.clock = clock;
    }

    public Revocations since(Caller caller, RevocationsRequest request) {
        if (!caller.hasRole(Caller.SYSTEM_ROLE)) {
            throw DomainException.forbidden("only the gateway reads revocations");
        }
        Instant now = clock.instant();
        Instant oldestThatMatters = now.minus(accessTokenLifetime).minusSeconds(60);
        Instant since = request.since() == null || request.since().isBefore(oldestThatMatters)
                ? oldestThatMatters : request.since();
        return new Revocations(sessions.revokedSince(since, LIMIT), now);
    }
}
