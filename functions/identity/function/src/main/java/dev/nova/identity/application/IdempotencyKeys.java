package dev.nova.identity.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What a create made under an idempotency key, for 24 hours. */
public interface IdempotencyKeys {

    /** The request's fingerprint and the account it made, if {@code key} was used for {@code operation} since then. */
    Optional<Used> used(String operation, String key, Instant since);

    /** Remembers that {@code key} made {@code accountId}, in the transaction that made it. */
    void remember(String operation, String key, String fingerprint, UUID accountId, Instant at);

    record Used(String fingerprint, UUID accountId) {
    }
}
