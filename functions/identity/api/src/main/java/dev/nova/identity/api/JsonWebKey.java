package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/** A public RSA signing key in JWK form (RFC 7517): {@code n} and {@code e} are base64url. */
@Serdeable
public record JsonWebKey(String kty, String kid, String use, String alg, String n, String e) {
}
