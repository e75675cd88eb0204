package dev.nova.routing;

import dev.nova.events.EventRouting;
import dev.nova.identity.api.IdentityEvents;

import java.util.Set;

/**
 * Nova's event routing, the one declaration of which consumer queue receives which event types. The relays send by
 * it, the local runtime makes its queues from it, and the CDK app builds the AWS queues and DLQs from it. A new
 * subscription is a new route here, next to the consumer's handlers.
 */
public final class NovaRouting {

    /** users keeps profiles in step with accounts. */
    public static final String USERS_FROM_IDENTITY = "users-identity-events";

    public static final EventRouting ROUTING = EventRouting.builder()
            .route(USERS_FROM_IDENTITY, "users", Set.of(IdentityEvents.USER_REGISTERED,
                    IdentityEvents.USERNAME_CHANGED, IdentityEvents.USER_DELETED))
            .build();

    private NovaRouting() {
    }
}
