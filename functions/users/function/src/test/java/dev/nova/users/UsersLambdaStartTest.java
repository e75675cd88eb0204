package dev.nova.users;

import dev.nova.events.LocalQueues;
import dev.nova.invocation.FunctionContexts;
import dev.nova.invocation.FunctionPriming;
import dev.nova.routing.NovaRouting;
import dev.nova.testing.TestPostgres;
import dev.nova.testing.TestSqs;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users started as its Lambda entry starts it (micronaut-function-aws' Lambda configuration makes every singleton
 * at start, where the other tests make beans on first use), then primed: a bean that cannot be made, or a primer
 * that fails, shows here rather than in Lambda's init.
 */
class UsersLambdaStartTest {

    @Test
    void startsWithEverySingletonMadeAndPrimesTheDatabaseAndTheProfileRead() {
        Map<String, Object> properties = new HashMap<>(TestPostgres.newDomainDatabase("users").asProperties());
        properties.putAll(LocalQueues.provision(TestSqs.server().endpoint(), NovaRouting.ROUTING, "users-lambda-",
                30));
        try (ApplicationContext context = FunctionContexts.lambda("users").properties(properties).start()) {
            assertThat(FunctionPriming.run(context)).as("the database, SQS and users primers").isEqualTo(3);
        }
    }
}
