package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The public keys that verify identity's access tokens, newest first. */
@Serdeable
public record JsonWebKeySet(List<JsonWebKey> keys) {

    public JsonWebKeySet {
        // JSON leaves empty lists out: an absent list is an empty one.
        keys = keys == null ? List.of() : List.copyOf(keys);
    }
}
