package dev.nova.identity.application;

import dev.nova.kernel.ClientInfo;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Single-use tokens kept by hash: email verification, password reset, second-factor challenges. */
public interface AccountTokens {

    /** What a token is for; each purpose has its own lifetime. */
    enum Purpose {
        VERIFY_EMAIL("verify_email"), RESET_PASSWORD("reset_password"), SIGN_IN_CHALLENGE("sign_in_challenge");

        private final String column;

        Purpose(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    /**
     * A live token's facts.
     *
     * @param email  for email verification, the address it proves
     * @param client for a challenge, the client that gave the password
     */
    record Issued(UUID accountId, String email, ClientInfo client) {
    }

    /** Stores a token; unused ones of the same purpose for the account stop working. */
    void issue(String hash, UUID accountId, Purpose purpose, String email, ClientInfo client, Instant now,
               Instant expiresAt);

    /** Uses the token up if it is live (unused, unexpired): exactly one caller gets it. */
    Optional<Issued> consume(String hash, Purpose purpose, Instant now);

    /**
     * Counts one attempt against a live token without using it up; empty when the token is not live or has had
     * {@code maxAttempts} already.
     */
    Optional<Issued> attempt(String hash, Purpose purpose, Instant now, int maxAttempts);

    /** When the account's newest token of that purpose was issued, if ever. */
    Optional<Instant> lastIssued(UUID accountId, Purpose purpose);

    /** Ends every live token of the account with that purpose. */
    void revokeAll(UUID accountId, Purpose purpose, Instant now);
}
