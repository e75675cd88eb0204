package dev.nova.identity.adapter.out.persistence;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Single-use tokens in {@code identity.account_tokens}. Using one is one conditional UPDATE, so of two uses at once
 * only one touches the row; the winner then reads what the token was issued for.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(env = "identity")
public interface AccountTokenRepository extends GenericRepository<AccountRow, UUID> {

    String LIVE = "token_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now";

    @Query("""
            INSERT INTO account_tokens (token_hash, account_id, purpose, email, client_address, user_agent,
                                        created_at, expires_at)
            VALUES (:hash, :accountId, :purpose, :email, :clientAddress, :userAgent, :now, :expiresAt)""")
    long insert(String hash, UUID accountId, String purpose, @Nullable String email, @Nullable String clientAddress,
                @Nullable String userAgent, Instant now, Instant expiresAt);

    @Query("UPDATE account_tokens SET used_at = :now WHERE " + LIVE)
    long use(String hash, String purpose, Instant now);

    @Query("UPDATE account_tokens SET attempts = attempts + 1 WHERE " + LIVE + " AND attempts < :maxAttempts")
    long countAttempt(String hash, String purpose, Instant now, int maxAttempts);

    @Query("SELECT account_id, email, client_address, user_agent FROM account_tokens WHERE token_hash = :hash")
    Optional<IssuedRow> findIssued(String hash);

    @Query("SELECT created_at FROM account_tokens WHERE account_id = :accountId AND purpose = :purpose "
            + "ORDER BY created_at DESC LIMIT 1")
    Optional<Instant> findLastIssued(UUID accountId, String purpose);

    @Query("UPDATE account_tokens SET used_at = :now WHERE account_id = :accountId AND purpose = :purpose "
            + "AND used_at IS NULL")
    long useAll(UUID accountId, String purpose, Instant now);

    /** What a token was issued for. */
    @Introspected
    record IssuedRow(UUID accountId, @Nullable String email, @Nullable String clientAddress,
                     @Nullable String userAgent) {
    }
}
