package dev.nova.gateway.graphql;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Refuses an operation whose {@link QueryCost} is above the maximum before any field is fetched, and reports the
 * cost in the response's {@code extensions.cost} when the request's extensions ask for it ({@code "cost": true}).
 */
final class CostLimitInstrumentation extends SimplePerformantInstrumentation {

    /** The request extension that asks for the cost, and the response extension that answers it. */
    static final String COST = "cost";

    private final long maxCost;

    CostLimitInstrumentation(long maxCost) {
        this.maxCost = maxCost;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        long cost = QueryCost.of(execution.getGraphQLSchema(), execution.getDocument(),
                execution.getOperationDefinition().getName(), execution.getCoercedVariables());
        execution.getGraphQLContext().put(CostLimitInstrumentation.class, cost);
        if (cost > maxCost) {
            throw new CostExceeded(cost, maxCost);
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        Map<String, Object> asked = parameters.getExecutionInput().getExtensions();
        Long cost = parameters.getGraphQLContext().get(CostLimitInstrumentation.class);
        if (cost == null || asked == null || !Boolean.TRUE.equals(asked.get(COST))) {
            return CompletableFuture.completedFuture(result);
        }
        Map<Object, Object> extensions = new LinkedHashMap<>();
        if (result.getExtensions() != null) {
            extensions.putAll(result.getExtensions());
        }
        extensions.put(COST, report(cost, maxCost));
        return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().from(result)
                .extensions(extensions).build());
    }

    /** The cost as the response reports it: requested, then maximum. */
    static Map<String, Object> report(long cost, long maxCost) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("requested", cost);
        report.put("maximum", maxCost);
        return report;
    }

    /** An operation above the cost limit: refused with its cost and the maximum, before any domain call. */
    static final class CostExceeded extends AbortExecutionException {

        private final long cost;
        private final long maxCost;

        CostExceeded(long cost, long maxCost) {
            super("the query costs " + cost + "; at most " + maxCost + " is allowed (a list field multiplies its "
                    + "selection by its first argument): ask for smaller pages or fewer nested lists");
            this.cost = cost;
            this.maxCost = maxCost;
        }

        @Override
        public Map<String, Object> getExtensions() {
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("code", "GRAPHQL_VALIDATION_FAILED");
            extensions.put("reason", "COST_LIMIT");
            extensions.put(COST, report(cost, maxCost));
            return extensions;
        }
    }
}
