package dev.nova.invocation;

import dev.nova.kernel.Caller;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/** The payload of a domain function invocation: which operation, for whom, with what input. */
@Serdeable
public record Invocation(String operation, Caller caller, JsonNode payload) {
}
