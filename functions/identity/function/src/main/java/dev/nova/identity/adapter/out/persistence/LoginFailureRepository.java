package dev.nova.identity.adapter.out.persistence;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.UUID;

/** Failed sign-ins in {@code identity.login_failures}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(env = "identity")
public interface LoginFailureRepository extends GenericRepository<AccountRow, UUID> {

    /** The counts and latest times for the key, the key from the address, and the address: one statement. */
    @Query("""
            SELECT count(*) FILTER (WHERE throttle_key = :key) AS for_key,
                   max(failed_at) FILTER (WHERE throttle_key = :key) AS last_for_key,
                   count(*) FILTER (WHERE throttle_key = :key AND client_address = :address) AS for_pair,
                   max(failed_at) FILTER (WHERE throttle_key = :key AND client_address = :address) AS last_for_pair,
                   count(*) FILTER (WHERE client_address = :address) AS for_address,
                   max(failed_at) FILTER (WHERE client_address = :address) AS last_for_address
            FROM login_failures
            WHERE (throttle_key = :key OR client_address = :address) AND failed_at > :since""")
    RecentRow findRecent(String key, @Nullable String address, Instant since);

    @Query("INSERT INTO login_failures (throttle_key, client_address, failed_at) VALUES (:key, :address, :at)")
    long insert(String key, @Nullable String address, Instant at);

    @Query("DELETE FROM login_failures WHERE throttle_key = :key AND client_address = :address")
    long deleteOf(String key, @Nullable String address);

    @Query("DELETE FROM login_failures WHERE failed_at < :before")
    long deleteBefore(Instant before);

    /** Recent failures; a latest time is null when its count is zero. */
    @Introspected
    record RecentRow(int forKey, @Nullable Instant lastForKey, int forPair, @Nullable Instant lastForPair,
                     int forAddress, @Nullable Instant lastForAddress) {
    }
}
