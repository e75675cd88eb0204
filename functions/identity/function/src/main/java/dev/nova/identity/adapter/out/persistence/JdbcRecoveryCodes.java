package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.application.RecoveryCodeStore;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Recovery code hashes in {@code identity.recovery_codes}, through {@link RecoveryCodeRepository}. */
public final class JdbcRecoveryCodes implements RecoveryCodeStore {

    private final RecoveryCodeRepository codes;

    public JdbcRecoveryCodes(RecoveryCodeRepository codes) {
        this.codes = codes;
    }

    @Override
    public void replace(UUID accountId, List<String> hashes) {
        codes.deleteAll(accountId);
        if (!hashes.isEmpty()) {
            codes.insertAll(accountId, hashes);
        }
    }

    @Override
    public boolean use(UUID accountId, String hash, Instant now) {
        return codes.use(accountId, hash, now) == 1;
    }

    @Override
    public void removeAll(UUID accountId) {
        codes.deleteAll(accountId);
    }
}
