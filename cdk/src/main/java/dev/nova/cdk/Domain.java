package dev.nova.cdk;

import java.util.Optional;
import java.util.Set;

/**
 * A domain as the CDK app deploys it: one function for the gateway's (and schedulers') calls, and, when the
 * routing gives it queues, one function consuming them. A new domain is one more entry in {@link NovaDomains}.
 *
 * @param name          the domain, its schema and its database role's suffix ({@code nova_<name>})
 * @param jar           its Lambda jar, relative to the repository's root
 * @param handler       the handler of its operations
 * @param eventsHandler the handler of its queues, if it consumes any
 * @param publishes     the event types its outbox relay sends (its {@code *Events.ALL})
 */
public record Domain(String name, String jar, String handler, Optional<String> eventsHandler,
                     Set<String> publishes) {

    public Domain {
        publishes = Set.copyOf(publishes);
    }

    /** The environment variable that tells the gateway and schedulers this domain's function. */
    public String functionVariable() {
        return "NOVA_" + name.toUpperCase() + "_FUNCTION";
    }

    /** The database role its function signs in as. */
    public String databaseUser() {
        return "nova_" + name;
    }
}
