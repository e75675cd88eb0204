package dev.nova.events;

/** A claimed outbox row: the event and how often sending it has failed. */
record OutboxRow(EventEnvelope event, int attempts) {
}
