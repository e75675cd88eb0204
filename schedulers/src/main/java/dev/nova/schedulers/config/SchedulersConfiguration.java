package dev.nova.schedulers.config;

import dev.nova.invocation.DomainCallSettings;
import dev.nova.invocation.DomainInvoker;
import dev.nova.invocation.InvocationCodec;
import dev.nova.invocation.LambdaClients;
import dev.nova.invocation.LambdaDomainInvoker;
import dev.nova.schedulers.OutboxSweeps;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.util.List;

/** Wires the schedulers: the domains they reach, through the same Lambda invoker as the gateway. */
@Factory
@Requires(env = "schedulers")
public class SchedulersConfiguration {

    @Bean(preDestroy = "close")
    @Singleton
    @Requires(property = "nova.invoker.mode", value = "lambda", defaultValue = "lambda")
    LambdaDomainInvoker lambdaDomainInvoker(InvocationCodec codec, List<DomainCallSettings> domains) {
        return LambdaDomainInvoker.create(LambdaClients.create(null), codec, domains);
    }

    @Singleton
    OutboxSweeps outboxSweeps(DomainInvoker invoker, @Value("${nova.schedulers.outbox-domains}") List<String> domains) {
        return new OutboxSweeps(invoker, domains);
    }
}
