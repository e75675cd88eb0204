package dev.nova.invocation;

import dev.nova.kernel.RateLimit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The operations one domain serves, each bound to its use case. */
public final class DomainOperations {

    private final String domain;
    private final Map<String, Binding<?, ?>> bindings = new HashMap<>();
    private final Map<String, RateLimit> limits = new HashMap<>();

    public DomainOperations(String domain) {
        this.domain = domain;
    }

    /** Binds {@code operation} to the use case that serves it. */
    public <Q, R> DomainOperations on(Operation<Q, R> operation, OperationHandler<Q, R> handler) {
        if (!operation.domain().equals(domain)) {
            throw new IllegalArgumentException(operation.qualifiedName() + " is not an operation of " + domain);
        }
        if (bindings.putIfAbsent(operation.qualifiedName(), new Binding<>(operation, handler)) != null) {
            throw new IllegalArgumentException(operation.qualifiedName() + " is bound twice");
        }
        return this;
    }

    /**
     * Limits how often one caller may invoke {@code operation} (its user, or its client address): the dispatcher
     * takes a token before the use case runs and answers {@code RATE_LIMITED} with a retry-after when none is left.
     */
    public DomainOperations limit(Operation<?, ?> operation, RateLimit limit) {
        if (!bindings.containsKey(operation.qualifiedName())) {
            throw new IllegalArgumentException(operation.qualifiedName() + " is not bound, so it cannot be limited");
        }
        limits.put(operation.qualifiedName(), limit);
        return this;
    }

    Optional<RateLimit> limitOf(String qualifiedName) {
        return Optional.ofNullable(limits.get(qualifiedName));
    }

    public String domain() {
        return domain;
    }

    Optional<Binding<?, ?>> find(String qualifiedName) {
        return Optional.ofNullable(bindings.get(qualifiedName));
    }

    record Binding<Q, R>(Operation<Q, R> operation, OperationHandler<Q, R> handler) {
    }
}
