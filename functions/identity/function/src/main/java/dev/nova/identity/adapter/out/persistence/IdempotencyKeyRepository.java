package dev.nova.identity.adapter.out.persistence;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** {@code identity.idempotency_keys}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(env = "identity")
public interface IdempotencyKeyRepository extends GenericRepository<AccountRow, UUID> {

    @Query("SELECT fingerprint, account_id FROM idempotency_keys WHERE operation = :operation AND key = :key "
            + "AND created_at > :since")
    Optional<UsedRow> findUsed(String operation, String key, Instant since);

    @Query("INSERT INTO idempotency_keys (operation, key, fingerprint, account_id, created_at) "
            + "VALUES (:operation, :key, :fingerprint, :accountId, :at) "
            + "ON CONFLICT (operation, key) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, "
            + "account_id = EXCLUDED.account_id, created_at = EXCLUDED.created_at")
    long upsert(String operation, String key, String fingerprint, UUID accountId, Instant at);

    /** What a key made. */
    @Introspected
    record UsedRow(String fingerprint, UUID accountId) {
    }
}
