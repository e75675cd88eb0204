package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Locale;

/**
 * Sign-in with an identity provider's ID token.
 *
 * @param provider {@code google} or {@code apple} (in any case: the API's enum names arrive as they are)
 * @param nonce    the nonce the app generated for this sign-in, as it gave it to the provider's SDK
 * @param username the handle for a new account; one is derived from the email when missing
 */
@Serdeable
public record ProviderSignInRequest(String provider, String idToken, String nonce, String username) {

    public ProviderSignInRequest {
        provider = provider == null ? null : provider.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "ProviderSignInRequest[provider=" + provider + ", (redacted)]";
    }
}
