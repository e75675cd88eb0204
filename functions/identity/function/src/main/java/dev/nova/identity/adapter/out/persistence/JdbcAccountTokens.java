package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.application.AccountTokens;
import dev.nova.kernel.ClientInfo;
import dev.nova.persistence.Transactions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Single-use tokens in {@code identity.account_tokens}: each use is one conditional UPDATE, so only one wins. */
public final class JdbcAccountTokens implements AccountTokens {

    private static final String LIVE = "token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?";
    private static final String ISSUED = " RETURNING account_id, email, client_address, user_agent";

    private final Transactions transactions;

    public JdbcAccountTokens(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void issue(String hash, UUID accountId, Purpose purpose, String email, ClientInfo client, Instant now,
                      Instant expiresAt) {
        revokeAll(accountId, purpose, now);
        transactions.update("""
                INSERT INTO account_tokens (token_hash, account_id, purpose, email, client_address, user_agent,
                                            created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", hash, accountId, purpose.column(), email, client.address(),
                client.userAgent(), now, expiresAt);
    }

    @Override
    public Optional<Issued> consume(String hash, Purpose purpose, Instant now) {
        return transactions.one("UPDATE account_tokens SET used_at = ? WHERE " + LIVE + ISSUED,
                JdbcAccountTokens::issued, now, hash, purpose.column(), now);
    }

    @Override
    public Optional<Issued> attempt(String hash, Purpose purpose, Instant now, int maxAttempts) {
        return transactions.one("UPDATE account_tokens SET attempts = attempts + 1 WHERE " + LIVE
                + " AND attempts < ?" + ISSUED, JdbcAccountTokens::issued, hash, purpose.column(), now, maxAttempts);
    }

    @Override
    public Optional<Instant> lastIssued(UUID accountId, Purpose purpose) {
        return transactions.one("SELECT created_at FROM account_tokens WHERE account_id = ? AND purpose = ? "
                + "ORDER BY created_at DESC LIMIT 1", row -> row.getTimestamp(1).toInstant(), accountId,
                purpose.column());
    }

    @Override
    public void revokeAll(UUID accountId, Purpose purpose, Instant now) {
        transactions.update("UPDATE account_tokens SET used_at = ? WHERE account_id = ? AND purpose = ? "
                + "AND used_at IS NULL", now, accountId, purpose.column());
    }

    private static Issued issued(ResultSet row) throws SQLException {
        return new Issued(row.getObject("account_id", UUID.class), row.getString("email"),
                new ClientInfo(row.getString("client_address"), row.getString("user_agent")));
    }
}
