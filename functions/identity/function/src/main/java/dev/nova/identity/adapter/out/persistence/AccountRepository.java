package dev.nova.identity.adapter.out.persistence;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code identity.accounts}, with the usernames held back after a change or deletion ({@code reserved_usernames})
 * and the Google and Apple links ({@code external_identities}): the statements of {@link JdbcAccounts}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(env = "identity")
public interface AccountRepository extends GenericRepository<AccountRow, UUID> {

    String LIVE = "SELECT " + AccountRow.COLUMNS + " FROM accounts a WHERE a.deleted_at IS NULL AND ";

    @Query("""
            INSERT INTO accounts (id, email, email_normalized, username, username_normalized, password_hash,
                                  created_at, email_verified_at)
            VALUES (:id, :email, :emailNormalized, :username, :usernameNormalized, :passwordHash, :createdAt,
                    :emailVerifiedAt)""")
    long insert(UUID id, String email, String emailNormalized, String username, String usernameNormalized,
                @Nullable String passwordHash, Instant createdAt, @Nullable Instant emailVerifiedAt);

    @Query(LIVE + "a.id = :id")
    Optional<AccountRow> findLive(UUID id);

    @Query(LIVE + "a.email_normalized = :normalized")
    Optional<AccountRow> findByEmail(String normalized);

    @Query(LIVE + "a.username_normalized = :normalized")
    Optional<AccountRow> findByUsername(String normalized);

    @Query("SELECT id FROM accounts WHERE id IN (:ids) AND deleted_at IS NULL")
    List<UUID> findExisting(Collection<UUID> ids);

    @Query("""
            SELECT NOT EXISTS (SELECT 1 FROM accounts WHERE username_normalized = :normalized)
               AND NOT EXISTS (SELECT 1 FROM reserved_usernames
                               WHERE username_normalized = :normalized AND reserved_until > :now
                                 AND account_id <> :forAccount)""")
    boolean usernameAvailable(String normalized, UUID forAccount, Instant now);

    @Query("""
            SELECT EXISTS (SELECT 1 FROM reserved_usernames
                           WHERE username_normalized = :normalized AND reserved_until > :now
                             AND account_id <> :forAccount)""")
    boolean reservedForAnother(String normalized, UUID forAccount, Instant now);

    @Query("UPDATE accounts SET password_hash = :passwordHash WHERE id = :id AND deleted_at IS NULL")
    long setPassword(UUID id, String passwordHash);

    @Query("UPDATE accounts SET email = :email, email_normalized = :normalized, email_verified_at = :at "
            + "WHERE id = :id AND deleted_at IS NULL")
    long setVerifiedEmail(UUID id, String email, String normalized, Instant at);

    @Query("UPDATE accounts SET username = :username, username_normalized = :normalized "
            + "WHERE id = :id AND deleted_at IS NULL")
    long setUsername(UUID id, String username, String normalized);

    @Query("""
            UPDATE accounts SET deleted_at = :at, email = NULL, email_normalized = NULL, username = NULL,
                   username_normalized = NULL, password_hash = NULL, totp_secret = NULL,
                   totp_pending_secret = NULL, totp_last_step = NULL
            WHERE id = :id AND deleted_at IS NULL""")
    long markDeleted(UUID id, Instant at);

    @Query("UPDATE accounts SET totp_pending_secret = :secret WHERE id = :id")
    long setPendingTotp(UUID id, String secret);

    @Query("SELECT totp_pending_secret FROM accounts WHERE id = :id AND deleted_at IS NULL "
            + "AND totp_pending_secret IS NOT NULL")
    Optional<String> findPendingTotp(UUID id);

    @Query("UPDATE accounts SET totp_secret = :secret, totp_pending_secret = NULL, totp_last_step = :step "
            + "WHERE id = :id")
    long enableTotp(UUID id, String secret, long step);

    @Query("UPDATE accounts SET totp_secret = NULL, totp_pending_secret = NULL, totp_last_step = NULL WHERE id = :id")
    long disableTotp(UUID id);

    /** Accepts a TOTP time step only once and only forward: one conditional UPDATE, so a replay loses. */
    @Query("UPDATE accounts SET totp_last_step = :step WHERE id = :id AND totp_secret IS NOT NULL "
            + "AND (totp_last_step IS NULL OR totp_last_step < :step)")
    long acceptTotpStep(UUID id, long step);

    @Query("SELECT " + AccountRow.COLUMNS + " FROM external_identities x JOIN accounts a ON a.id = x.account_id "
            + "WHERE x.provider = :provider AND x.subject = :subject AND a.deleted_at IS NULL")
    Optional<AccountRow> findLinkedTo(String provider, String subject);

    @Query("INSERT INTO external_identities (provider, subject, account_id, created_at) "
            + "VALUES (:provider, :subject, :accountId, :at)")
    long insertLink(String provider, String subject, UUID accountId, Instant at);

    @Query("DELETE FROM external_identities WHERE account_id = :accountId")
    long deleteLinksOf(UUID accountId);

    @Query("""
            INSERT INTO reserved_usernames (username_normalized, account_id, reserved_until)
            VALUES (:normalized, :accountId, :until)
            ON CONFLICT (username_normalized)
            DO UPDATE SET account_id = EXCLUDED.account_id, reserved_until = EXCLUDED.reserved_until""")
    long reserve(String normalized, UUID accountId, Instant until);

    @Query("DELETE FROM reserved_usernames WHERE username_normalized = :normalized")
    long release(String normalized);
}
