package dev.nova.invocation;

import dev.nova.kernel.DomainException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/** What a domain function answers: a result, or a typed error. */
@Serdeable
public record InvocationReply(@Nullable JsonNode result, @Nullable InvocationError error) {

    /** The reply that carries a typed error. */
    public static InvocationReply of(DomainException error) {
        return new InvocationReply(null, InvocationError.of(error));
    }
}
