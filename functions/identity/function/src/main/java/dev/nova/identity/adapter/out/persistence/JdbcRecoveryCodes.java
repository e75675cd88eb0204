package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.application.RecoveryCodeStore;
import dev.nova.persistence.Transactions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Recovery code hashes in {@code identity.recovery_codes}. */
public final class JdbcRecoveryCodes implements RecoveryCodeStore {

    private final Transactions transactions;

    public JdbcRecoveryCodes(Transactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void replace(UUID accountId, List<String> hashes) {
        removeAll(accountId);
        transactions.update("INSERT INTO recovery_codes (account_id, code_hash) SELECT ?, unnest(?::text[])",
                accountId, hashes);
    }

    @Override
    public boolean use(UUID accountId, String hash, Instant now) {
        return transactions.update("UPDATE recovery_codes SET used_at = ? WHERE account_id = ? AND code_hash = ? "
                + "AND used_at IS NULL", now, accountId, hash) == 1;
    }

    @Override
    public void removeAll(UUID accountId) {
        transactions.update("DELETE FROM recovery_codes WHERE account_id = ?", accountId);
    }
}
