package dev.nova.identity.domain;

import dev.nova.kernel.ClientInfo;

import java.time.Instant;
import java.util.UUID;

/**
 * A signed-in device: the family of refresh tokens issued since one sign-in, and the client that holds it.
 *
 * @param expiresAt the absolute end of the session, whatever its refreshes
 */
public record Session(UUID id, UUID accountId, String refreshTokenHash, ClientInfo client, Instant createdAt,
                      Instant expiresAt) {
}
