package dev.nova.routing;

import dev.nova.events.EventRouting;
import dev.nova.invocation.DomainDescriptor;
import dev.nova.users.api.UsersDomain;

/**
 * Nova's event routing: which consumer queue receives which event types, from the subscriptions in
 * {@link NovaDomains}' descriptors. The relays send by it, the local runtime makes its queues from it, and the CDK
 * app builds the AWS queues and DLQs from it.
 */
public final class NovaRouting {

    /** users keeps profiles in step with accounts. */
    public static final String USERS_FROM_IDENTITY = UsersDomain.IDENTITY_EVENTS_QUEUE;

    public static final EventRouting ROUTING = routing();

    private NovaRouting() {
    }

    private static EventRouting routing() {
        EventRouting.Builder builder = EventRouting.builder();
        for (DomainDescriptor domain : NovaDomains.ALL) {
            for (DomainDescriptor.Subscription subscription : domain.subscriptions()) {
                builder.route(subscription.queue(), domain.name(), subscription.eventTypes());
            }
        }
        return builder.build();
    }
}
