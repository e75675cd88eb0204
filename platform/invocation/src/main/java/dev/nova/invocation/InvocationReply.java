package dev.nova.invocation;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;

/** What a domain function answers: a result, or a typed error. */
@Serdeable
public record InvocationReply(JsonNode result, InvocationError error) {
}
