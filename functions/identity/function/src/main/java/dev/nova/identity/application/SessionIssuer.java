package dev.nova.identity.application;

import dev.nova.identity.api.AccountView;
import dev.nova.identity.api.AuthResult;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.SecretToken;
import dev.nova.identity.domain.Session;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.Ids;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Opens a session for an account that has just proved who it is, and answers its tokens. */
public final class SessionIssuer {

    private final Sessions sessions;
    private final AccessTokens accessTokens;
    private final Duration sessionLifetime;
    private final Clock clock;

    public SessionIssuer(Sessions sessions, AccessTokens accessTokens, Duration sessionLifetime, Clock clock) {
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.sessionLifetime = sessionLifetime;
        this.clock = clock;
    }

    public AuthResult open(Account account, ClientInfo client) {
        Instant now = clock.instant();
        SecretToken refreshToken = SecretToken.generate();
        Session session = new Session(Ids.newId(), account.id(), refreshToken.hash(), client, now,
                now.plus(sessionLifetime), null);
        sessions.start(session);
        return tokens(account, session.id(), refreshToken);
    }

    /** The answer for a session: a fresh access token with the given refresh token. */
    AuthResult tokens(Account account, UUID sessionId, SecretToken refreshToken) {
        String accessToken = accessTokens.issue(account.id(), sessionId, account.roles());
        return AuthResult.signedIn(accessToken, refreshToken.value(), accessTokens.lifetime().toSeconds(),
                view(account));
    }

    static AccountView view(Account account) {
        return new AccountView(account.id(), account.username().value(), account.email().value(),
                account.createdAt(), account.emailVerified(), account.twoFactorEnabled());
    }
}
