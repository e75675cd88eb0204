package dev.nova.identity.application;

import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.SecondFactorChallenge;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.SecretToken;
import dev.nova.identity.domain.SecurityEventType;
import dev.nova.kernel.ClientInfo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Where every first factor (a password, a Google or Apple ID token) ends: an account with two-factor sign-in on
 * gets a challenge, valid 5 minutes for 5 codes; any other gets its session. Every sign-in is logged.
 */
public final class SignInGate {

    static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(5);
    static final int CHALLENGE_ATTEMPTS = 5;

    private final SessionIssuer sessions;
    private final AccountTokens tokens;
    private final SecurityLog log;
    private final Clock clock;

    public SignInGate(SessionIssuer sessions, AccountTokens tokens, SecurityLog log, Clock clock) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.log = log;
        this.clock = clock;
    }

    public AuthResult admit(Account account, ClientInfo client) {
        Instant now = clock.instant();
        if (account.twoFactorEnabled()) {
            SecretToken challenge = SecretToken.generate();
            Instant expiresAt = now.plus(CHALLENGE_LIFETIME);
            tokens.issue(challenge.hash(), account.id(), AccountTokens.Purpose.SIGN_IN_CHALLENGE, null, client, now,
                    expiresAt);
            return AuthResult.challenged(SessionIssuer.view(account),
                    new SecondFactorChallenge(challenge.value(), expiresAt));
        }
        return signIn(account, client, now);
    }

    /** Opens the session of a sign-in whose every factor has been checked. */
    AuthResult signIn(Account account, ClientInfo client, Instant now) {
        log.record(account.id(), SecurityEventType.SIGN_IN, client, now);
        return sessions.open(account, client);
    }
}
