package dev.nova.identity.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The hashes of an account's two-factor recovery codes. */
public interface RecoveryCodeStore {

    /** Replaces the account's codes with these. */
    void replace(UUID accountId, List<String> hashes);

    /** Uses up an unused code with {@code hash}; answers whether there was one. */
    boolean use(UUID accountId, String hash, Instant now);

    void removeAll(UUID accountId);
}
