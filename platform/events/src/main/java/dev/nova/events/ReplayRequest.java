package dev.nova.events;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.Ids;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * Which parked events to put back in line: those named in {@code eventIds} (at most 100), or every one with
 * {@code all}; exactly one of the two.
 */
@Serdeable
public record ReplayRequest(List<String> eventIds, boolean all) {

    public static final int MAX_IDS = 100;

    public ReplayRequest {
        eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
        if (all == !eventIds.isEmpty()) {
            throw DomainException.badInput("eventIds", "name the events to replay, or set all (not both)");
        }
        if (eventIds.size() > MAX_IDS) {
            throw DomainException.badInput("eventIds", "must name at most " + MAX_IDS + " events");
        }
    }

    public List<UUID> ids() {
        return eventIds.stream().map(id -> Ids.parse(id, "eventIds")).distinct().toList();
    }
}
