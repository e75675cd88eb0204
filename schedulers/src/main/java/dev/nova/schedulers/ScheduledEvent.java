package dev.nova.schedulers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** The parts of an EventBridge scheduled event the schedulers read. */
@Serdeable
public record ScheduledEvent(@Nullable String id, @Nullable String time, @Nullable String detailType) {
}
