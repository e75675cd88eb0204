package dev.nova.invocation;

import io.micronaut.core.type.Argument;

/**
 * A domain operation as its contract names it: the domain that serves it, its name, and its request and reply
 * types. Domains declare these in their {@code api} module; the gateway invokes them and the domain dispatches
 * them, so both sides agree on one definition.
 *
 * @param idempotent true when running it twice has the effect of running it once: only such operations are
 *                   retried after an outcome the invoker cannot know (a timeout, a lost connection)
 */
public record Operation<Q, R>(String domain, String name, Argument<Q> request, Argument<R> reply,
                              boolean idempotent) {

    /** An operation that only reads: safe to retry. */
    public static <Q, R> Operation<Q, R> query(String domain, String name, Class<Q> request, Argument<R> reply) {
        return new Operation<>(domain, name, Argument.of(request), reply, true);
    }

    public static <Q, R> Operation<Q, R> query(String domain, String name, Class<Q> request, Class<R> reply) {
        return query(domain, name, request, Argument.of(reply));
    }

    /** An operation that changes state: retried only when the domain certainly did not run it. */
    public static <Q, R> Operation<Q, R> command(String domain, String name, Class<Q> request, Class<R> reply) {
        return new Operation<>(domain, name, Argument.of(request), Argument.of(reply), false);
    }

    /** {@code domain.name}, as it travels in an invocation. */
    public String qualifiedName() {
        return domain + "." + name;
    }
}
