package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.api.Revocations;
import dev.nova.identity.api.SessionView;
import dev.nova.identity.application.Sessions;
import dev.nova.identity.domain.Session;
import dev.nova.kernel.ClientInfo;
import dev.nova.persistence.Transactions;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Sessions in {@code identity.sessions}; rotated-out refresh tokens in {@code identity.rotated_refresh_tokens}. */
public final class JdbcSessions implements Sessions {

    private final Transactions transactions;

    public JdbcSessions(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void start(Session session) {
        transactions.withConnection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO sessions (id, account_id, refresh_token_hash, client_address, user_agent,
                                          created_at, last_used_at, expires_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                insert.setObject(1, session.id());
                insert.setObject(2, session.accountId());
                insert.setString(3, session.refreshTokenHash());
                insert.setString(4, session.client().address());
                insert.setString(5, session.client().userAgent());
                insert.setTimestamp(6, Timestamp.from(session.createdAt()));
                insert.setTimestamp(7, Timestamp.from(session.createdAt()));
                insert.setTimestamp(8, Timestamp.from(session.expiresAt()));
                return insert.executeUpdate();
            }
        });
    }

    @Override
    public Optional<Session> byRefreshTokenHash(String hash) {
        return transactions.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT id, account_id, refresh_token_hash, client_address, user_agent, created_at, expires_at,
                           revoked_at
                    FROM sessions WHERE refresh_token_hash = ? FOR UPDATE""")) {
                query.setString(1, hash);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? Optional.of(session(row)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<Session> byRotatedTokenHash(String hash) {
        return transactions.one("""
                SELECT s.id, s.account_id, s.refresh_token_hash, s.client_address, s.user_agent, s.created_at,
                       s.expires_at, s.revoked_at
                FROM rotated_refresh_tokens r JOIN sessions s ON s.id = r.session_id
                WHERE r.token_hash = ?""", JdbcSessions::session, hash);
    }

    @Override
    public void rotate(Session session, String newHash, Instant now) {
        transactions.withConnection(connection -> {
            try (PreparedStatement remember = connection.prepareStatement(
                    "INSERT INTO rotated_refresh_tokens (token_hash, session_id, rotated_at) VALUES (?, ?, ?)");
                 PreparedStatement update = connection.prepareStatement(
                         "UPDATE sessions SET refresh_token_hash = ?, last_used_at = ? WHERE id = ?")) {
                remember.setString(1, session.refreshTokenHash());
                remember.setObject(2, session.id());
                remember.setTimestamp(3, Timestamp.from(now));
                remember.executeUpdate();
                update.setString(1, newHash);
                update.setTimestamp(2, Timestamp.from(now));
                update.setObject(3, session.id());
                return update.executeUpdate();
            }
        });
    }

    @Override
    public boolean revoke(UUID sessionId, Instant now, String reason) {
        return revokeWhere("id = ?", now, reason, sessionId) == 1;
    }

    @Override
    public boolean revokeOwn(UUID accountId, UUID sessionId, Instant now, String reason) {
        return revokeWhere("id = ? AND account_id = ?", now, reason, sessionId, accountId) == 1;
    }

    @Override
    public int revokeAll(UUID accountId, Instant now, String reason) {
        return revokeWhere("account_id = ?", now, reason, accountId);
    }

    @Override
    public int revokeAllExcept(UUID accountId, UUID keep, Instant now, String reason) {
        return revokeWhere("account_id = ? AND id <> ?", now, reason, accountId, keep);
    }

    @Override
    public boolean signedInFrom(UUID accountId, String address, Instant since) {
        return transactions.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM sessions "
                    + "WHERE account_id = ? AND client_address = ? AND created_at > ?)")) {
                query.setObject(1, accountId);
                query.setString(2, address);
                query.setTimestamp(3, Timestamp.from(since));
                try (ResultSet row = query.executeQuery()) {
                    return row.next() && row.getBoolean(1);
                }
            }
        });
    }

    /** Ends the live sessions matching {@code condition}, one of the constant conditions above. */
    private int revokeWhere(String condition, Instant now, String reason, Object... parameters) {
        return transactions.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE sessions SET revoked_at = ?, "
                    + "revoked_reason = ? WHERE revoked_at IS NULL AND " + condition)) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setString(2, reason);
                for (int i = 0; i < parameters.length; i++) {
                    update.setObject(3 + i, parameters[i]);
                }
                return update.executeUpdate();
            }
        });
    }

    @Override
    public List<SessionView> liveOf(UUID accountId, Instant now, Instant afterCreatedAt, UUID afterId, int limit,
                                    UUID currentSessionId) {
        return transactions.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT id, user_agent, client_address, created_at, last_used_at FROM sessions
                    WHERE account_id = ? AND revoked_at IS NULL AND expires_at > ?
                      AND (?::timestamptz IS NULL OR (created_at, id) < (?::timestamptz, ?::uuid))
                    ORDER BY created_at DESC, id DESC LIMIT ?""")) {
                Timestamp after = afterCreatedAt == null ? null : Timestamp.from(afterCreatedAt);
                query.setObject(1, accountId);
                query.setTimestamp(2, Timestamp.from(now));
                query.setTimestamp(3, after);
                query.setTimestamp(4, after);
                query.setObject(5, afterId);
                query.setInt(6, limit);
                List<SessionView> live = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        UUID id = row.getObject("id", UUID.class);
                        live.add(new SessionView(id, row.getString("user_agent"), row.getString("client_address"),
                                row.getTimestamp("created_at").toInstant(),
                                row.getTimestamp("last_used_at").toInstant(), id.equals(currentSessionId)));
                    }
                }
                return live;
            }
        });
    }

    @Override
    public List<Revocations.Revoked> revokedSince(Instant since, int limit) {
        return transactions.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT id, revoked_at FROM sessions WHERE revoked_at > ?
                    ORDER BY revoked_at LIMIT ?""")) {
                query.setTimestamp(1, Timestamp.from(since));
                query.setInt(2, limit);
                List<Revocations.Revoked> revoked = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        revoked.add(new Revocations.Revoked(row.getObject(1, UUID.class),
                                row.getTimestamp(2).toInstant()));
                    }
                }
                return revoked;
            }
        });
    }

    private static Session session(ResultSet row) throws SQLException {
        Timestamp revoked = row.getTimestamp("revoked_at");
        return new Session(row.getObject("id", UUID.class), row.getObject("account_id", UUID.class),
                row.getString("refresh_token_hash"),
                new ClientInfo(row.getString("client_address"), row.getString("user_agent")),
                row.getTimestamp("created_at").toInstant(), row.getTimestamp("expires_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
