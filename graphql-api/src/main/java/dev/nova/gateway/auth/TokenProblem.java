package dev.nova.gateway.auth;

/**
 * Why a request's access token was not taken. The request still runs, as an anonymous caller: operations that
 * need no sign-in ({@code login}, {@code register}, {@code refreshToken}, public reads) answer as usual, and each
 * field that needs one answers {@code UNAUTHENTICATED} with this as {@code extensions.reason}, so an app knows
 * whether to refresh the token or sign in again.
 */
public enum TokenProblem {

    /** Signed by identity and otherwise valid, but past its expiry: refresh it. */
    TOKEN_EXPIRED("the access token has expired: refresh it"),
    /** Its session was ended (signed out, revoked, a reused refresh token): sign in again. */
    TOKEN_REVOKED("the session has ended: sign in again"),
    /** Malformed, tampered with, not identity's, or not a Bearer token. */
    TOKEN_INVALID("the access token is invalid: sign in again");

    private final String message;

    TokenProblem(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
