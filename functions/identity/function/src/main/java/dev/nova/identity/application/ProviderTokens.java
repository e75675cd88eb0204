package dev.nova.identity.application;

/** Verifies ID tokens of the configured identity providers (Google, Apple). */
public interface ProviderTokens {

    /**
     * The identity an ID token proves: signed by the provider's current keys, from its issuer, for one of Nova's
     * client ids, unexpired, and carrying the nonce of this sign-in. Anything else is {@code UNAUTHENTICATED}; an
     * unconfigured provider is {@code BAD_USER_INPUT}.
     */
    ProviderIdentity verify(String provider, String idToken, String nonce);

    /**
     * @param subject       the provider's stable id of the user
     * @param email         the address the provider has for the user, or null
     * @param emailVerified whether the provider says the user proved that address
     */
    record ProviderIdentity(String provider, String subject, String email, boolean emailVerified) {
    }
}
