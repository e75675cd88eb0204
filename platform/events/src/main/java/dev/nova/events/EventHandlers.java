package dev.nova.events;

import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A consumer's handlers, one per event type, each with the payload type it reads. */
public final class EventHandlers {

    private final Map<String, Binding<?>> bindings = new HashMap<>();

    public <T> EventHandlers on(String type, Class<T> payload, EventHandler<T> handler) {
        if (bindings.putIfAbsent(type, new Binding<>(payload, handler)) != null) {
            throw new IllegalArgumentException(type + " has two handlers");
        }
        return this;
    }

    Optional<Binding<?>> find(String type) {
        return Optional.ofNullable(bindings.get(type));
    }

    /** A handler with its payload type. */
    record Binding<T>(Class<T> payload, EventHandler<T> handler) {

        void handle(EventEnvelope event, JsonMapper json) throws IOException {
            handler.handle(event, json.readValueFromTree(event.payload(), payload));
        }
    }

    /** What a consumer does with one event; it runs in the transaction that records the event in the inbox. */
    @FunctionalInterface
    public interface EventHandler<T> {
        void handle(EventEnvelope event, T payload);
    }
}
