package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.application.Sessions;
import dev.nova.identity.domain.Session;
import dev.nova.persistence.Transactions;

import java.sql.PreparedStatement;
import java.sql.Timestamp;

/** Sessions in {@code identity.sessions}. */
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
}
