package dev.nova.identity.api;

import io.micronaut.serde.annotation.Serdeable;

/** The answer of an operation whose effect the caller learns elsewhere (a mail), or that has nothing to answer. */
@Serdeable
public record Acknowledged(boolean accepted) {

    public static final Acknowledged YES = new Acknowledged(true);
}
