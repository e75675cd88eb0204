package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.domain.Session;
import dev.nova.kernel.ClientInfo;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** The columns of {@code identity.sessions} that make a {@link Session}. */
@MappedEntity("sessions")
public record SessionRow(@Id UUID id, UUID accountId, String refreshTokenHash, @Nullable String clientAddress,
                         @Nullable String userAgent, Instant createdAt, Instant expiresAt,
                         @Nullable Instant revokedAt) {

    /** The columns a query selects for this row, from {@code sessions s}. */
    static final String COLUMNS = "s.id, s.account_id, s.refresh_token_hash, s.client_address, s.user_agent, "
            + "s.created_at, s.expires_at, s.revoked_at";

    Session session() {
        return new Session(id, accountId, refreshTokenHash, new ClientInfo(clientAddress, userAgent), createdAt,
                expiresAt, revokedAt);
    }
}
