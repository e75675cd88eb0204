package dev.nova.invocation;

import dev.nova.kernel.Caller;

import java.util.concurrent.CompletableFuture;

/**
 * The gateway's one way to reach a domain: an operation, the caller, and the input, answered by the reply or a
 * {@link dev.nova.kernel.DomainException} with a typed code. In AWS it invokes the domain's Lambda; locally it
 * calls the domain's function in-process, still through JSON.
 */
public interface DomainInvoker {

    <Q, R> CompletableFuture<R> invoke(Operation<Q, R> operation, Caller caller, Q request);
}
