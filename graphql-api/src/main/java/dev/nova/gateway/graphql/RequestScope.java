package dev.nova.gateway.graphql;

import dev.nova.kernel.Caller;
import graphql.schema.DataFetchingEnvironment;

/** What one GraphQL request carries to its fetchers and loaders: the caller. */
public record RequestScope(Caller caller) {

    public static Caller callerOf(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().<RequestScope>get(RequestScope.class).caller();
    }
}
