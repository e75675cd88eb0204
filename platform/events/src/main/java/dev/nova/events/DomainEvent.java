package dev.nova.events;

/**
 * An event a domain records about one of its aggregates. The payload is a {@code @Serdeable} record declared with
 * the event's type in the domain's {@code api} module.
 */
public record DomainEvent(String type, String aggregateType, String aggregateId, Object payload) {
}
