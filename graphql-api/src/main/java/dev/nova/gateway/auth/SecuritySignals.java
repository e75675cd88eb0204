package dev.nova.gateway.auth;

import org.slf4j.Logger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Logs refused credentials as security signals without letting a flood of them flood the log: at most
 * {@code perWindow} lines a window, then one line that says how many more were left out. Never logs a token.
 */
final class SecuritySignals {

    private final Logger log;
    private final long windowNanos;
    private final int perWindow;
    private final AtomicLong windowStart = new AtomicLong(System.nanoTime());
    private final AtomicLong inWindow = new AtomicLong();

    SecuritySignals(Logger log, Duration window, int perWindow) {
        this.log = log;
        this.windowNanos = window.toNanos();
        this.perWindow = perWindow;
    }

    void record(String reason, String clientAddress, String correlationId) {
        long now = System.nanoTime();
        long start = windowStart.get();
        if (now - start > windowNanos && windowStart.compareAndSet(start, now)) {
            long previous = inWindow.getAndSet(0);
            if (previous > perWindow) {
                log.warn("security signal: {} more refused access tokens in the last window were not logged",
                        previous - perWindow);
            }
        }
        if (inWindow.incrementAndGet() <= perWindow) {
            log.warn("security signal: access token refused ({}) from {} [{}]", reason, clientAddress,
                    correlationId);
        }
    }
}
