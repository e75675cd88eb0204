package dev.nova.identity.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Sign-up input; identity checks each value.
 *
 * @param idempotencyKey optional: a retry with the same key and the same values answers the account the first
 *                       attempt made (with a new session) instead of a conflict
 */
@Serdeable
public record RegisterRequest(String email, String username, String password, @Nullable String idempotencyKey) {

    public RegisterRequest(String email, String username, String password) {
        this(email, username, password, null);
    }

    @Override
    public String toString() {
        return "RegisterRequest[email=" + email + ", username=" + username + ", password=(redacted), idempotencyKey="
                + idempotencyKey + "]";
    }
}
