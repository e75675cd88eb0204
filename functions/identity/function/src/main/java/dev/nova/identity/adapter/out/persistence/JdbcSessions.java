package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.api.Revocations;
import dev.nova.identity.api.SessionView;
import dev.nova.identity.application.Sessions;
import dev.nova.identity.domain.Session;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions in {@code identity.sessions}; rotated-out refresh tokens in {@code identity.rotated_refresh_tokens};
 * through {@link SessionRepository}.
 */
public final class JdbcSessions implements Sessions {

    private final SessionRepository sessions;

    public JdbcSessions(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public void start(Session session) {
        sessions.insert(session.id(), session.accountId(), session.refreshTokenHash(), session.client().address(),
                session.client().userAgent(), session.createdAt(), session.expiresAt());
    }

    @Override
    public Optional<Session> byRefreshTokenHash(String hash) {
        return sessions.findByRefreshTokenHashForUpdate(hash).map(SessionRow::session);
    }

    @Override
    public Optional<Session> byRotatedTokenHash(String hash) {
        return sessions.findByRotatedTokenHash(hash).map(SessionRow::session);
    }

    @Override
    public void rotate(Session session, String newHash, Instant now) {
        sessions.insertRotated(session.refreshTokenHash(), session.id(), now);
        sessions.setRefreshToken(session.id(), newHash, now);
    }

    @Override
    public boolean revoke(UUID sessionId, Instant now, String reason) {
        return sessions.revoke(sessionId, now, reason) == 1;
    }

    @Override
    public boolean revokeOwn(UUID accountId, UUID sessionId, Instant now, String reason) {
        return sessions.revokeOwn(accountId, sessionId, now, reason) == 1;
    }

    @Override
    public int revokeAll(UUID accountId, Instant now, String reason) {
        return (int) sessions.revokeAll(accountId, now, reason);
    }

    @Override
    public int revokeAllExcept(UUID accountId, UUID keep, Instant now, String reason) {
        return (int) sessions.revokeAllExcept(accountId, keep, now, reason);
    }

    @Override
    public boolean signedInFrom(UUID accountId, String address, Instant since) {
        return sessions.signedInFrom(accountId, address, since);
    }

    @Override
    public List<SessionView> liveOf(UUID accountId, Instant now, Instant afterCreatedAt, UUID afterId, int limit,
                                    UUID currentSessionId) {
        return sessions.findLive(accountId, now, afterCreatedAt, afterId, limit).stream()
                .map(row -> new SessionView(row.id(), row.userAgent(), row.clientAddress(), row.createdAt(),
                        row.lastUsedAt(), row.id().equals(currentSessionId)))
                .toList();
    }

    @Override
    public List<Revocations.Revoked> revokedSince(Instant since, int limit) {
        return sessions.findRevokedSince(since, limit);
    }
}
