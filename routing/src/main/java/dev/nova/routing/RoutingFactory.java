package dev.nova.routing;

import dev.nova.events.EventRouting;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Makes {@link NovaRouting#ROUTING} the routing every function context relays and consumes by. */
@Factory
public class RoutingFactory {

    @Singleton
    EventRouting routing() {
        return NovaRouting.ROUTING;
    }
}
