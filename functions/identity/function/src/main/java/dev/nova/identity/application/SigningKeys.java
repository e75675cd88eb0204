package dev.nova.identity.application;

import dev.nova.identity.api.JsonWebKeySet;

/** The keys identity signs with, of which only the public halves ever leave it. */
public interface SigningKeys {

    JsonWebKeySet publicKeys();
}
