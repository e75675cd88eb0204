package dev.nova.invocation;

import io.micronaut.serde.annotation.Serdeable;

/** The input of an operation that needs nothing but its caller. */
@Serdeable
public record NoInput() {

    public static final NoInput INSTANCE = new NoInput();
}
