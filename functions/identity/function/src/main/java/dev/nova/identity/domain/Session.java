package dev.nova.identity.domain;

import dev.nova.kernel.ClientInfo;

import java.time.Instant;
import java.util.UUID;

/**
 * A signed-in device: the family of refresh tokens issued since one sign-in, and the client that holds it.
 *
 * @param expiresAt the absolute end of the session, whatever its refreshes
 * @param revokedAt when the session was ended early, or null
 */
public record Session(UUID id, UUID accountId, String refreshTokenHash, ClientInfo client, Instant createdAt,
                      Instant expiresAt, Instant revokedAt) {

    /** True while the session may be renewed: not revoked, and within its absolute lifetime. */
    public boolean isLiveAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
