package dev.nova.events;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for an asynchronous outcome, failing the test when it does not come in time. */
final class Eventually {

    private Eventually() {
    }

    static void within(int seconds, BooleanSupplier condition) throws InterruptedException {
        within(seconds, condition, () -> "");
    }

    /** As {@link #within(int, BooleanSupplier)}, telling in the failure what {@code state} shows at the deadline. */
    static void within(int seconds, BooleanSupplier condition, Supplier<String> state) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + seconds + " s " + state.get());
            }
            Thread.sleep(100);
        }
    }
}
