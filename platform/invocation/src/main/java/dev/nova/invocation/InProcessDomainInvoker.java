package dev.nova.invocation;

import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Calls domain functions living in this JVM. The request and reply still travel as JSON bytes, exactly as through
 * Lambda, so a contract or serialization mistake shows up in local runs and tests.
 */
public final class InProcessDomainInvoker implements DomainInvoker {

    private final Map<String, DomainEndpoint> endpoints;
    private final InvocationCodec codec;

    public InProcessDomainInvoker(Map<String, DomainEndpoint> endpoints, InvocationCodec codec) {
        this.endpoints = Map.copyOf(endpoints);
        this.codec = codec;
    }

    @Override
    public <Q, R> CompletableFuture<R> invoke(Operation<Q, R> operation, Caller caller, Q request) {
        DomainEndpoint endpoint = endpoints.get(operation.domain());
        if (endpoint == null) {
            return CompletableFuture.failedFuture(
                    new DomainException(ErrorCode.UNAVAILABLE, operation.domain() + " is not running"));
        }
        try {
            byte[] reply = endpoint.handle(codec.encodeInvocation(operation, caller, request));
            return CompletableFuture.completedFuture(codec.decodeReply(reply, operation.reply()));
        } catch (DomainException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
