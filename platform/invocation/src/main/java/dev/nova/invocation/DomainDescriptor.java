package dev.nova.invocation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Everything outside a domain's own folder needs to know about it, declared once, next to its API: the local
 * runtime and the shared test fixture start its function from it, the routing builds its queues from its
 * subscriptions, the schedulers sweep its outbox, the CDK app deploys it, and the SAM consistency test checks the
 * template against it. A new domain is a descriptor like this and one line in {@code NovaDomains.ALL}.
 *
 * @param name          the domain: its schema, its Micronaut environment, its database role ({@code nova_<name>})
 * @param jar           its Lambda jar, relative to the repository's root
 * @param handler       the class of its operations' Lambda entry (a {@code DomainFunction})
 * @param eventsHandler the class of its queues' Lambda entry (an {@code EventConsumerFunction}), if it has queues
 * @param publishes     the event types its outbox relay sends (its {@code *Events.ALL})
 * @param subscriptions the queues it consumes, each with the event types routed to it
 */
public record DomainDescriptor(String name, String jar, String handler, Optional<String> eventsHandler,
                               Set<String> publishes, List<Subscription> subscriptions) {

    public DomainDescriptor {
        publishes = Set.copyOf(publishes);
        subscriptions = List.copyOf(subscriptions);
        if (subscriptions.isEmpty() != eventsHandler.isEmpty()) {
            throw new IllegalArgumentException(name + ": an events handler goes with at least one subscription");
        }
    }

    /** A domain that consumes no events. */
    public static DomainDescriptor of(String name, String jar, String handler, Set<String> publishes) {
        return new DomainDescriptor(name, jar, handler, Optional.empty(), publishes, List.of());
    }

    /** The same domain, consuming {@code subscriptions} through {@code eventsHandler}. */
    public DomainDescriptor consuming(String eventsHandler, Subscription... subscriptions) {
        return new DomainDescriptor(name, jar, handler, Optional.of(eventsHandler), publishes,
                List.of(subscriptions));
    }

    /** The handler as Lambda names it: {@code class::handleRequest}. */
    public String lambdaHandler() {
        return handler + "::handleRequest";
    }

    public Optional<String> lambdaEventsHandler() {
        return eventsHandler.map(type -> type + "::handleRequest");
    }

    /** The environment variable that tells the gateway and schedulers this domain's function name. */
    public String functionVariable() {
        return "NOVA_" + name.toUpperCase(Locale.ROOT) + "_FUNCTION";
    }

    /** The database role its function signs in as. */
    public String databaseUser() {
        return "nova_" + name;
    }

    /**
     * A queue this domain consumes.
     *
     * @param queue      the queue's name, without the environment's prefix
     * @param eventTypes the event types (of other domains) routed to it
     */
    public record Subscription(String queue, Set<String> eventTypes) {

        public Subscription {
            eventTypes = Set.copyOf(eventTypes);
        }
    }
}
