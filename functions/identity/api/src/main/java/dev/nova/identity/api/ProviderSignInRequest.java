package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Sign-in with an identity provider's ID token.
 *
 * @param provider {@code google} or {@code apple}
 * @param nonce    the nonce the app generated for this sign-in, as it gave it to the provider's SDK
 * @param username the handle for a new account; one is derived from the email when missing
 */
@Serdeable
public record ProviderSignInRequest(String provider, String idToken, String nonce, String username) {

    @Override
    public String toString() {
        return "ProviderSignInRequest[provider=" + provider + ", (redacted)]";
    }
}
