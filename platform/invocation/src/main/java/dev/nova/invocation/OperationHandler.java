package dev.nova.invocation;

import dev.nova.kernel.Caller;

/** The use case that serves one operation for one caller. */
@FunctionalInterface
public interface OperationHandler<Q, R> {

    R handle(Caller caller, Q request);
}
