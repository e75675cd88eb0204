package dev.nova.gateway.graphql;

import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Field;
import graphql.language.Node;
import graphql.validation.ValidationError;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Refuses documents with more aliases than allowed: aliases let one small query ask for the same expensive field
 * hundreds of times, which depth and complexity limits alone do not stop.
 */
public final class AliasLimitInstrumentation extends SimplePerformantInstrumentation {

    private final int maxAliases;

    public AliasLimitInstrumentation(int maxAliases) {
        this.maxAliases = maxAliases;
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        int aliases = 0;
        Deque<Node<?>> pending = new ArrayDeque<>(List.of(parameters.getDocument()));
        while (!pending.isEmpty()) {
            Node<?> node = pending.pop();
            if (node instanceof Field field && field.getAlias() != null) {
                aliases++;
            }
            node.getChildren().forEach(pending::push);
        }
        if (aliases > maxAliases) {
            throw new AbortExecutionException("the query uses " + aliases + " aliases; at most " + maxAliases
                    + " are allowed");
        }
        return super.beginValidation(parameters, state);
    }
}
