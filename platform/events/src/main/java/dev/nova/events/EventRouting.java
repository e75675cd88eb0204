package dev.nova.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Which queues receive which event types: declared once, read by the relay (where to send), by the local runtime
 * (which queues to make) and by the CDK app (which queues and DLQs to deploy).
 */
public final class EventRouting {

    private final List<Route> routes;

    private EventRouting(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Route> routes() {
        return routes;
    }

    /** The queues an event of {@code type} goes to; empty when nobody subscribes. */
    public List<String> queuesFor(String type) {
        return routes.stream().filter(route -> route.eventTypes().contains(type)).map(Route::queue).toList();
    }

    /** Builds a routing table; a queue may be declared once. */
    public static final class Builder {

        private final List<Route> routes = new ArrayList<>();

        public Builder route(String queue, String consumer, Set<String> eventTypes) {
            return route(new Route(queue, consumer, eventTypes, Route.DEFAULT_MAX_RECEIVES));
        }

        public Builder route(Route route) {
            if (routes.stream().anyMatch(existing -> existing.queue().equals(route.queue()))) {
                throw new IllegalArgumentException("queue " + route.queue() + " is declared twice");
            }
            routes.add(route);
            return this;
        }

        public EventRouting build() {
            return new EventRouting(Collections.unmodifiableList(routes));
        }
    }
}
