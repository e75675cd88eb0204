package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.api.Revocations;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code identity.sessions} and the refresh tokens rotated out of them ({@code rotated_refresh_tokens}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(env = "identity")
public interface SessionRepository extends GenericRepository<SessionRow, UUID> {

    String REVOKE = "UPDATE sessions SET revoked_at = :at, revoked_reason = :reason WHERE revoked_at IS NULL AND ";

    @Query("""
            INSERT INTO sessions (id, account_id, refresh_token_hash, client_address, user_agent, created_at,
                                  last_used_at, expires_at)
            VALUES (:id, :accountId, :refreshTokenHash, :clientAddress, :userAgent, :createdAt, :createdAt,
                    :expiresAt)""")
    long insert(UUID id, UUID accountId, String refreshTokenHash, @Nullable String clientAddress,
                @Nullable String userAgent, Instant createdAt, Instant expiresAt);

    /** The session holding this refresh token, locked: two refreshes with one token are one after the other. */
    @Query("SELECT " + SessionRow.COLUMNS + " FROM sessions s WHERE s.refresh_token_hash = :hash FOR UPDATE")
    Optional<SessionRow> findByRefreshTokenHashForUpdate(String hash);

    @Query("SELECT " + SessionRow.COLUMNS + " FROM rotated_refresh_tokens r JOIN sessions s ON s.id = r.session_id "
            + "WHERE r.token_hash = :hash")
    Optional<SessionRow> findByRotatedTokenHash(String hash);

    @Query("INSERT INTO rotated_refresh_tokens (token_hash, session_id, rotated_at) VALUES (:hash, :sessionId, :at)")
    long insertRotated(String hash, UUID sessionId, Instant at);

    @Query("UPDATE sessions SET refresh_token_hash = :hash, last_used_at = :at WHERE id = :id")
    long setRefreshToken(UUID id, String hash, Instant at);

    @Query(REVOKE + "id = :id")
    long revoke(UUID id, Instant at, String reason);

    @Query(REVOKE + "id = :id AND account_id = :accountId")
    long revokeOwn(UUID accountId, UUID id, Instant at, String reason);

    @Query(REVOKE + "account_id = :accountId")
    long revokeAll(UUID accountId, Instant at, String reason);

    @Query(REVOKE + "account_id = :accountId AND id <> :keep")
    long revokeAllExcept(UUID accountId, UUID keep, Instant at, String reason);

    @Query("SELECT EXISTS (SELECT 1 FROM sessions WHERE account_id = :accountId AND client_address = :address "
            + "AND created_at > :since)")
    boolean signedInFrom(UUID accountId, @Nullable String address, Instant since);

    /** A keyset page of the account's live sessions, newest first. */
    @Query("""
            SELECT id, user_agent, client_address, created_at, last_used_at FROM sessions
            WHERE account_id = :accountId AND revoked_at IS NULL AND expires_at > :now
              AND (CAST(:afterCreatedAt AS timestamptz) IS NULL
                   OR (created_at, id) < (CAST(:afterCreatedAt AS timestamptz), CAST(:afterId AS uuid)))
            ORDER BY created_at DESC, id DESC LIMIT :limit""")
    List<LiveSessionRow> findLive(UUID accountId, Instant now, @Nullable Instant afterCreatedAt,
                                  @Nullable UUID afterId, int limit);

    @Query("SELECT id AS session_id, revoked_at FROM sessions WHERE revoked_at > :since ORDER BY revoked_at "
            + "LIMIT :limit")
    List<Revocations.Revoked> findRevokedSince(Instant since, int limit);

    /** A live session as its owner's list shows it. */
    @Introspected
    record LiveSessionRow(UUID id, @Nullable String userAgent, @Nullable String clientAddress, Instant createdAt,
                          Instant lastUsedAt) {
    }
}
