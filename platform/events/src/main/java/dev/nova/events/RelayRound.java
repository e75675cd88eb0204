package dev.nova.events;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What one relay round did.
 *
 * @param claimed   events it took from the outbox
 * @param published events every subscriber's queue accepted
 * @param failed    events that will be tried again (or were parked)
 * @param parked    events that ran out of attempts and wait for an operator
 * @param maxLagMillis the longest time one of its published events waited between its commit and its publish
 */
@Serdeable
public record RelayRound(int claimed, int published, int failed, int parked, long maxLagMillis) {

    public static final RelayRound EMPTY = new RelayRound(0, 0, 0, 0, 0);

    public RelayRound plus(RelayRound other) {
        return new RelayRound(claimed + other.claimed, published + other.published, failed + other.failed,
                parked + other.parked, Math.max(maxLagMillis, other.maxLagMillis));
    }
}
