package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A signed-in session: a short-lived access token (JWT), the opaque refresh token that renews it, and the account.
 * When the account has two-factor sign-in on, a correct password answers only {@code secondFactor}, and the tokens
 * come when the code does.
 *
 * @param expiresIn    seconds until the access token expires
 * @param secondFactor the challenge to complete with a code, or null when signed in
 */
@Serdeable
public record AuthResult(String accessToken, String refreshToken, long expiresIn, AccountView account,
                         SecondFactorChallenge secondFactor) {

    public static AuthResult signedIn(String accessToken, String refreshToken, long expiresIn, AccountView account) {
        return new AuthResult(accessToken, refreshToken, expiresIn, account, null);
    }

    public static AuthResult challenged(AccountView account, SecondFactorChallenge challenge) {
        return new AuthResult(null, null, 0, account, challenge);
    }

    @Override
    public String toString() {
        return "AuthResult[account=" + account + ", expiresIn=" + expiresIn + ", tokens=(redacted)]";
    }
}
