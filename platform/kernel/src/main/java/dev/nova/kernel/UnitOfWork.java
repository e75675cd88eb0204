package dev.nova.kernel;

import java.util.function.Supplier;

/** Runs work atomically: everything it stores is kept together, or nothing is. */
@FunctionalInterface
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);
}
