package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A signed-in session: a short-lived access token (JWT), the opaque refresh token that renews it, and the account.
 *
 * @param expiresIn seconds until the access token expires
 */
@Serdeable
public record AuthResult(String accessToken, String refreshToken, long expiresIn, AccountView account) {

    @Override
    public String toString() {
        return "AuthResult[account=" + account + ", expiresIn=" + expiresIn + ", tokens=(redacted)]";
    }
}
