package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sessions revoked in a window, so that the gateway refuses their access tokens before they expire.
 *
 * @param asOf the time the list is complete up to; the next request asks from there
 */
@Serdeable
public record Revocations(List<Revoked> sessions, Instant asOf) {

    public Revocations {
        // JSON leaves empty lists out: an absent list is an empty one.
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    /** One revoked session. */
    @Serdeable
    public record Revoked(UUID sessionId, Instant revokedAt) {
    }
}
