package dev.nova.gateway.graphql;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;

import java.util.Set;

/**
 * Limits the nesting of a document, with a deeper allowance for documents that only introspect the schema: the
 * standard introspection query that GraphiQL and code generators send nests {@code ofType} to a depth of about 15.
 * Introspection cannot fan out without bound at that depth, because graphql-java's good-faith introspection check
 * (on by default) refuses documents that repeat {@code __schema}, {@code __type} or the list fields of
 * {@code __Type}; and it runs only where introspection is on.
 */
final class DepthLimitInstrumentation extends SimplePerformantInstrumentation {

    private static final Set<String> INTROSPECTION_FIELDS = Set.of("__schema", "__type", "__typename");

    private final MaxQueryDepthInstrumentation ordinary;
    private final MaxQueryDepthInstrumentation introspection;

    DepthLimitInstrumentation(int maxDepth, int maxIntrospectionDepth) {
        this.ordinary = new MaxQueryDepthInstrumentation(maxDepth);
        this.introspection = new MaxQueryDepthInstrumentation(maxIntrospectionDepth);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
        MaxQueryDepthInstrumentation limit = introspectsOnly(operation) ? introspection : ordinary;
        return limit.beginExecuteOperation(parameters, state);
    }

    private static boolean introspectsOnly(OperationDefinition operation) {
        for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
            if (!(selection instanceof Field field) || !INTROSPECTION_FIELDS.contains(field.getName())) {
                return false;
            }
        }
        return true;
    }
}
