package dev.nova.invocation;

import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON mapping of invocations and replies, used by the invokers and by the domain dispatcher, so that a
 * serialization mistake fails the same way in a test as in AWS.
 */
public final class InvocationCodec {

    private final JsonMapper json;

    public InvocationCodec(JsonMapper json) {
        this.json = json;
    }

    public <Q> byte[] encodeInvocation(Operation<Q, ?> operation, Caller caller, Q request) {
        return write(new Invocation(operation.qualifiedName(), caller, toTree(request)));
    }

    /** Reads an invocation; bytes that are not JSON are {@code BAD_USER_INPUT}. */
    public Invocation decodeInvocation(byte[] bytes) {
        try {
            return json.readValue(bytes, Invocation.class);
        } catch (IOException | RuntimeException e) {
            throw new DomainException(ErrorCode.BAD_USER_INPUT, "the invocation is not valid JSON");
        }
    }

    /**
     * Reads an operation's input. A request record that refuses its values throws a {@link DomainException},
     * which passes through; any other mapping failure is {@code BAD_USER_INPUT}.
     */
    public <Q> Q decodePayload(JsonNode payload, Argument<Q> type) {
        try {
            Q value = json.readValueFromTree(payload == null ? JsonNode.nullNode() : payload, type);
            if (value == null) {
                throw new DomainException(ErrorCode.BAD_USER_INPUT, "the operation needs an input");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            throw domainCause(e);
        }
    }

    /**
     * A value (a map of a GraphQL field's arguments, say) as the request record {@code type}, through the mapping
     * an invocation's input takes, with the same errors as {@link #decodePayload}.
     */
    public <Q> Q convert(Object value, Argument<Q> type) {
        return decodePayload(toTree(value), type);
    }

    /** The reply that carries {@code result}. */
    public <R> InvocationReply result(R result) {
        return new InvocationReply(toTree(result), null);
    }

    public byte[] encode(InvocationReply reply) {
        return write(reply);
    }

    /** Reads a reply: its result, or its error thrown as a {@link DomainException}. */
    public <R> R decodeReply(byte[] bytes, Argument<R> type) {
        InvocationReply reply;
        try {
            reply = json.readValue(bytes, InvocationReply.class);
        } catch (IOException e) {
            throw new DomainException(ErrorCode.INTERNAL, "the domain answered something that is not a reply");
        }
        if (reply.error() != null) {
            throw reply.error().toException();
        }
        try {
            return json.readValueFromTree(reply.result() == null ? JsonNode.nullNode() : reply.result(), type);
        } catch (IOException e) {
            throw new DomainException(ErrorCode.INTERNAL, "the domain's reply does not match its contract");
        }
    }

    private JsonNode toTree(Object value) {
        try {
            return json.writeValueToTree(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DomainException domainCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return new DomainException(ErrorCode.BAD_USER_INPUT, "the operation's input is malformed");
    }
}
