package dev.nova.events;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What a replay did: how many parked events went back in line, what the publishing round right after it sent,
 * failed or parked again, and how many events stay parked.
 */
@Serdeable
public record ReplayReport(String domain, int replayed, int published, int failed, int parkedAgain,
                           long stillParked) {
}
