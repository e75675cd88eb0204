package dev.nova.events;

import java.time.Duration;

/**
 * An outbox's state, for metrics and alarms.
 *
 * @param unpublished     events waiting to be published
 * @param parked          events that ran out of attempts
 * @param oldestUnpublished how long the oldest waiting event has waited
 */
public record OutboxHealth(long unpublished, long parked, Duration oldestUnpublished) {
}
