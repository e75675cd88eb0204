package dev.nova.events;

import io.micronaut.serde.annotation.Serdeable;

/** A test event payload. */
@Serdeable
record OrderPlaced(String orderId, int items) {
}
