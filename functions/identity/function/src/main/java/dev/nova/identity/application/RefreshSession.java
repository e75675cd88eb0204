package dev.nova.identity.application;

import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.RefreshRequest;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.SecretToken;
import dev.nova.identity.domain.Session;
import dev.nova.identity.domain.SecurityEventType;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.UnitOfWork;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Renews a session by rotating its refresh token: the presented token dies and a new pair is answered. A token
 * that was already rotated out can only be presented by someone who kept a copy, a thief or a replay, so the whole
 * session (the token family) is revoked, and stays revoked: the revocation commits before the refusal is answered.
 */
public final class RefreshSession {

    static final String REUSE = "refresh_token_reuse";

    private final Accounts accounts;
    private final Sessions sessions;
    private final SessionIssuer issuer;
    private final SecurityLog log;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RefreshSession(Accounts accounts, Sessions sessions, SessionIssuer issuer, SecurityLog log,
                          UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.issuer = issuer;
        this.log = log;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public AuthResult refresh(Caller caller, RefreshRequest request) {
        SecretToken presented = SecretToken.presented(request.refreshToken()).orElseThrow(RefreshSession::refused);
        Outcome outcome = unitOfWork.inTransaction(() -> rotate(presented, caller.client()));
        if (outcome.result() == null) {
            throw refused();
        }
        return outcome.result();
    }

    private Outcome rotate(SecretToken presented, ClientInfo client) {
        Instant now = clock.instant();
        Optional<Session> current = sessions.byRefreshTokenHash(presented.hash());
        if (current.isEmpty()) {
            sessions.byRotatedTokenHash(presented.hash()).ifPresent(family -> {
                sessions.revoke(family.id(), now, REUSE);
                log.record(family.accountId(), SecurityEventType.REFRESH_TOKEN_REUSED, client, now);
            });
            return Outcome.REFUSED;
        }
        Session session = current.get();
        Optional<Account> account = accounts.byId(session.accountId());
        if (!session.isLiveAt(now) || account.isEmpty()) {
            return Outcome.REFUSED;
        }
        SecretToken next = SecretToken.generate();
        sessions.rotate(session, next.hash(), now);
        return new Outcome(issuer.tokens(account.get(), session.id(), next));
    }

    private static DomainException refused() {
        return new DomainException(ErrorCode.UNAUTHENTICATED, "the session has ended, sign in again");
    }

    /** The transaction's result: new tokens, or a refusal answered only after the transaction commits. */
    private record Outcome(AuthResult result) {
        static final Outcome REFUSED = new Outcome(null);
    }
}
