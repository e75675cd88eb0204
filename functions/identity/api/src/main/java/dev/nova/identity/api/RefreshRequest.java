package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/** Renews a session: the refresh token last answered for it. */
@Serdeable
public record RefreshRequest(String refreshToken) {

    @Override
    public String toString() {
        return "RefreshRequest[refreshToken=(redacted)]";
    }
}
