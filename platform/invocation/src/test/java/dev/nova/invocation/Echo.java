package dev.nova.invocation;

import io.micronaut.serde.annotation.Serdeable;

/** A test contract: text in, text out. */
@Serdeable
record Echo(String text) {

    static final Operation<Echo, Echo> SAY = Operation.query("echo", "say", Echo.class, Echo.class);
    static final Operation<Echo, Echo> SHOUT = Operation.command("echo", "shout", Echo.class, Echo.class);
    static final Operation<Echo, Echo> WHISPER = Operation.query("echo", "whisper", Echo.class, Echo.class);

    Echo {
        if (text == null || text.isBlank()) {
            throw dev.nova.kernel.DomainException.badInput("text", "is required");
        }
    }
}
