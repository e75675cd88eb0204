package dev.nova.gateway.graphql;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses text that no domain can store before any domain is called: a NUL character in any argument, whether it
 * came in a variable or a literal, at any depth of an input object or list, is {@code BAD_USER_INPUT} on that
 * argument (PostgreSQL's text cannot hold NUL, and no name, caption or message needs it).
 */
final class TextInputInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        QueryTraverser.newQueryTraverser()
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getOperationDefinition().getName())
                .coercedVariables(execution.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        field.getArguments().forEach((name, value) -> {
                            if (holdsNul(value)) {
                                throw new UnstorableText(field.getField().getName(), name);
                            }
                        });
                    }
                });
        return SimpleInstrumentationContext.noOp();
    }

    private static boolean holdsNul(Object value) {
        if (value instanceof CharSequence text) {
            return text.chars().anyMatch(c -> c == 0);
        }
        if (value instanceof Map<?, ?> object) {
            return object.values().stream().anyMatch(TextInputInstrumentation::holdsNul);
        }
        if (value instanceof Collection<?> list) {
            return list.stream().anyMatch(TextInputInstrumentation::holdsNul);
        }
        return false;
    }

    /** A NUL in an argument: the client's input, so {@code BAD_USER_INPUT} with the argument as the field. */
    static final class UnstorableText extends AbortExecutionException {

        private final String argument;

        UnstorableText(String field, String argument) {
            super("the argument " + argument + " of " + field + " holds a NUL character, which Nova does not accept");
            this.argument = argument;
        }

        @Override
        public Map<String, Object> getExtensions() {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", "BAD_USER_INPUT");
            extensions.put("field", argument);
            return extensions;
        }
    }
}
