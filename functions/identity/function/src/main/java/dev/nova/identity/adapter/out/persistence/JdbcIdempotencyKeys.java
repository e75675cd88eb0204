package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.application.IdempotencyKeys;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Idempotency keys in {@code identity.idempotency_keys}, through {@link IdempotencyKeyRepository}. */
public final class JdbcIdempotencyKeys implements IdempotencyKeys {

    private final IdempotencyKeyRepository keys;

    public JdbcIdempotencyKeys(IdempotencyKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    public Optional<Used> used(String operation, String key, Instant since) {
        return keys.findUsed(operation, key, since).map(row -> new Used(row.fingerprint(), row.accountId()));
    }

    @Override
    public void remember(String operation, String key, String fingerprint, UUID accountId, Instant at) {
        // An expired key (older than 24 h) is taken over; a live one was checked by the caller.
        keys.upsert(operation, key, fingerprint, accountId, at);
    }
}
