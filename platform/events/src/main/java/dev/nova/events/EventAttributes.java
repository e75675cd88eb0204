package dev.nova.events;

/** The SQS message attributes every event carries. */
public final class EventAttributes {

    public static final String EVENT_TYPE = "eventType";
    public static final String CORRELATION_ID = "correlationId";

    private EventAttributes() {
    }
}
