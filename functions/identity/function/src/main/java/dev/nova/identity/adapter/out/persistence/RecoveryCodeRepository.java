package dev.nova.identity.adapter.out.persistence;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/** Recovery code hashes in {@code identity.recovery_codes}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(env = "identity")
public interface RecoveryCodeRepository extends GenericRepository<AccountRow, UUID> {

    /** All the codes of a set in one statement. */
    @Query("INSERT INTO recovery_codes (account_id, code_hash) SELECT :accountId, unnest(ARRAY[:hashes]::text[])")
    long insertAll(UUID accountId, Collection<String> hashes);

    /** Uses a code once: one conditional UPDATE, so two sign-ins with the same code cannot both win. */
    @Query("UPDATE recovery_codes SET used_at = :at WHERE account_id = :accountId AND code_hash = :hash "
            + "AND used_at IS NULL")
    long use(UUID accountId, String hash, Instant at);

    @Query("DELETE FROM recovery_codes WHERE account_id = :accountId")
    long deleteAll(UUID accountId);
}
