package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/** Sign-up input; identity checks each value. */
@Serdeable
public record RegisterRequest(String email, String username, String password) {

    @Override
    public String toString() {
        return "RegisterRequest[email=" + email + ", username=" + username + ", password=(redacted)]";
    }
}
