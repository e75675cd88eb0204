package dev.nova.invocation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.LambdaApplicationContextBuilder;

import java.util.Map;

/**
 * Starts the application context of one function (a domain, the gateway, the schedulers). Each function has its
 * own Micronaut environment, named after it, so that {@code application-<name>.properties} configures it and its
 * beans stay out of the other functions' contexts when several share one JVM (the local runtime).
 */
public final class FunctionContexts {

    private FunctionContexts() {
    }

    /**
     * The builder a Lambda entry's no-argument constructor uses: micronaut-function-aws' Lambda configuration
     * (the {@code function} and {@code lambda} environments, eager singletons, so that init, and SnapStart's
     * snapshot of it, does the work rather than the first request) plus the function's own environment.
     */
    public static ApplicationContextBuilder lambda(String environment) {
        return new LambdaApplicationContextBuilder().environments(environment).deduceEnvironment(false);
    }

    public static ApplicationContext start(String environment) {
        return start(environment, Map.of());
    }

    /**
     * Starts a context whose {@code properties} override its configuration files and which holds the given
     * ready-made beans (the local runtime's in-process invoker, for example).
     */
    public static ApplicationContext start(String environment, Map<String, Object> properties,
                                           Object... singletons) {
        return ApplicationContext.builder()
                .environments(environment)
                .deduceEnvironment(false)
                .properties(properties)
                .singletons(singletons)
                .start();
    }
}
