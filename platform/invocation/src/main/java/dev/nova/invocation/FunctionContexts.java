package dev.nova.invocation;

import io.micronaut.context.ApplicationContext;

import java.util.Map;

/**
 * Starts the application context of one function (a domain or the gateway). Each function has its own Micronaut
 * environment, named after it, so that {@code application-<name>.yml} configures it and its beans stay out of the
 * other functions' contexts when several share one JVM (the local runtime).
 */
public final class FunctionContexts {

    private FunctionContexts() {
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
