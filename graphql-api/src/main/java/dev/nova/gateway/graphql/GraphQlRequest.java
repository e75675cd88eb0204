package dev.nova.gateway.graphql;

import java.util.Map;

/** A GraphQL request as the GraphQL-over-HTTP specification defines it. */
public record GraphQlRequest(String query, String operationName, Map<String, Object> variables,
                             Map<String, Object> extensions) {

    public GraphQlRequest {
        variables = variables == null ? Map.of() : variables;
        extensions = extensions == null ? Map.of() : extensions;
    }
}
