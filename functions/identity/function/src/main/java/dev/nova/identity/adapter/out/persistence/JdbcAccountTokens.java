package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.adapter.out.persistence.AccountTokenRepository.IssuedRow;
import dev.nova.identity.application.AccountTokens;
import dev.nova.kernel.ClientInfo;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Single-use tokens in {@code identity.account_tokens}, through {@link AccountTokenRepository}. */
public final class JdbcAccountTokens implements AccountTokens {

    private final AccountTokenRepository tokens;

    public JdbcAccountTokens(AccountTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public void issue(String hash, UUID accountId, Purpose purpose, String email, ClientInfo client, Instant now,
                      Instant expiresAt) {
        revokeAll(accountId, purpose, now);
        tokens.insert(hash, accountId, purpose.column(), email, client.address(), client.userAgent(), now,
                expiresAt);
    }

    @Override
    public Optional<Issued> consume(String hash, Purpose purpose, Instant now) {
        return tokens.use(hash, purpose.column(), now) == 1 ? issued(hash) : Optional.empty();
    }

    @Override
    public Optional<Issued> attempt(String hash, Purpose purpose, Instant now, int maxAttempts) {
        return tokens.countAttempt(hash, purpose.column(), now, maxAttempts) == 1 ? issued(hash) : Optional.empty();
    }

    @Override
    public Optional<Instant> lastIssued(UUID accountId, Purpose purpose) {
        return tokens.findLastIssued(accountId, purpose.column());
    }

    @Override
    public void revokeAll(UUID accountId, Purpose purpose, Instant now) {
        tokens.useAll(accountId, purpose.column(), now);
    }

    private Optional<Issued> issued(String hash) {
        return tokens.findIssued(hash).map(JdbcAccountTokens::issued);
    }

    private static Issued issued(IssuedRow row) {
        return new Issued(row.accountId(), row.email(), new ClientInfo(row.clientAddress(), row.userAgent()));
    }
}
