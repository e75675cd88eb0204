package dev.nova.events;

import java.time.Duration;

/**
 * How the relay works through the outbox.
 *
 * @param batchSize      events claimed per sweep round
 * @param maxAttempts    failed sends before an event is parked for an operator
 * @param firstBackoff   wait after the first failure, doubled after each further one (with jitter)
 * @param maxBackoff     the longest wait between attempts
 * @param inFlightBatches SendMessageBatch calls in flight at once
 */
public record RelayPolicy(int batchSize, int maxAttempts, Duration firstBackoff, Duration maxBackoff,
                          int inFlightBatches) {

    public static final RelayPolicy DEFAULTS =
            new RelayPolicy(200, 10, Duration.ofSeconds(1), Duration.ofMinutes(5), 8);

    /** The wait before attempt {@code attempts + 1}, with up to 20 % jitter so that retries do not bunch up. */
    Duration backoff(int attempts, double random) {
        long base = firstBackoff.toMillis() << Math.min(attempts - 1, 20);
        long capped = Math.min(base, maxBackoff.toMillis());
        return Duration.ofMillis(capped + (long) (capped * 0.2 * random));
    }
}
