package dev.nova.gateway.graphql;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryReducer;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;

import java.util.HashMap;
import java.util.Map;

/**
 * The static cost of an operation: every field costs 1 plus its selection's cost, and a field that takes
 * {@code first} (a connection) multiplies its selection by it, its default when the document gives none. So
 * {@code followers(first: 100) { nodes { followers(first: 100) { nodes { id } } } }} costs about 30,000, and one
 * page of 20 profiles about 200: the cost grows with what the request can make the domains read. The same pass
 * refuses text no domain can store ({@link TextInput.refuseUnstorableText}), so an operation is
 * traversed once.
 */
final class QueryCost {

    /** The argument that sizes a list. */
    static final String FIRST = "first";

    private QueryCost() {
    }

    static long of(GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {
        QueryTraverser traverser = QueryTraverser.newQueryTraverser()
                .schema(schema)
                .document(document)
                .operationName(operationName)
                .coercedVariables(variables)
                .build();
        Map<QueryVisitorFieldEnvironment, Long> selectionCosts = new HashMap<>();
        return traverser.reducePostOrder(new QueryReducer<Long>() {
            @Override
            public Long reduceField(QueryVisitorFieldEnvironment field, Long total) {
                TextInput.refuseUnstorableText(field);
                long cost = 1 + multiplier(field) * selectionCosts.getOrDefault(field, 0L);
                QueryVisitorFieldEnvironment parent = field.getParentEnvironment();
                if (parent == null) {
                    return total + cost;
                }
                selectionCosts.merge(parent, cost, Long::sum);
                return total;
            }
        }, 0L);
    }

    private static long multiplier(QueryVisitorFieldEnvironment field) {
        Object first = field.getArguments().get(FIRST);
        return first instanceof Number size ? Math.max(1, size.longValue()) : 1;
    }
}
