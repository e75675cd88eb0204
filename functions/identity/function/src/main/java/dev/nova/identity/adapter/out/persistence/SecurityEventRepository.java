package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.api.SecurityEventView;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The security audit log in {@code identity.security_events}; ids are UUIDv7, so id order is time order. */
@JdbcRepository(dialect = Dialect.POSTGRES)
@Requires(env = "identity")
public interface SecurityEventRepository extends GenericRepository<AccountRow, UUID> {

    @Query("INSERT INTO security_events (id, account_id, type, client_address, user_agent, occurred_at) "
            + "VALUES (:id, :accountId, :type, :clientAddress, :userAgent, :at)")
    long insert(UUID id, UUID accountId, String type, @Nullable String clientAddress, @Nullable String userAgent,
                Instant at);

    @Query("SELECT id, type, client_address, user_agent, occurred_at FROM security_events "
            + "WHERE account_id = :accountId AND (CAST(:afterId AS uuid) IS NULL OR id < CAST(:afterId AS uuid)) "
            + "ORDER BY id DESC LIMIT :limit")
    List<SecurityEventView> findPage(UUID accountId, @Nullable UUID afterId, int limit);
}
