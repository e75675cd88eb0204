package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** The public keys that verify identity's access tokens, newest first. */
@Serdeable
public record JsonWebKeySet(List<JsonWebKey> keys) {

    public JsonWebKeySet {
        keys = List.copyOf(keys);
    }
}
