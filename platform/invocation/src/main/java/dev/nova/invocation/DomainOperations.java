package dev.nova.invocation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The operations one domain serves, each bound to its use case. */
public final class DomainOperations {

    private final String domain;
    private final Map<String, Binding<?, ?>> bindings = new HashMap<>();

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

    public String domain() {
        return domain;
    }

    Optional<Binding<?, ?>> find(String qualifiedName) {
        return Optional.ofNullable(bindings.get(qualifiedName));
    }

    record Binding<Q, R>(Operation<Q, R> operation, OperationHandler<Q, R> handler) {
    }
}
