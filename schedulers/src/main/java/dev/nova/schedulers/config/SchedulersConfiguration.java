package dev.nova.schedulers.config;

import dev.nova.invocation.DomainInvoker;
import dev.nova.routing.NovaDomains;
import dev.nova.schedulers.OutboxSweeps;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Wires the schedulers: the domains whose outboxes they sweep, every domain of {@link NovaDomains} unless
 * {@code nova.schedulers.outbox-domains} names fewer (the Lambda invoker comes from the platform).
 */
@Factory
@Requires(env = "schedulers")
public class SchedulersConfiguration {

    @Singleton
    OutboxSweeps outboxSweeps(DomainInvoker invoker,
                              @Value("${nova.schedulers.outbox-domains:}") List<String> domains) {
        List<String> named = domains.stream().filter(domain -> !domain.isBlank()).toList();
        return new OutboxSweeps(invoker, named.isEmpty() ? NovaDomains.names() : named);
    }
}
