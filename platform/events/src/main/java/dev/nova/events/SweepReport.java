package dev.nova.events;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What one scheduled sweep of a domain's outbox did, and the outbox's state after it.
 *
 * @param oldestUnpublishedSeconds the age of the oldest event still waiting
 * @param maxLagMillis             the longest commit-to-publish wait among the events this sweep published
 */
@Serdeable
public record SweepReport(String domain, int published, int failed, int parked, int pruned, long unpublished,
                          long parkedTotal, long oldestUnpublishedSeconds, long maxLagMillis) {
}
