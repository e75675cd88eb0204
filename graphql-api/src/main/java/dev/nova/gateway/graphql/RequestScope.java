package dev.nova.gateway.graphql;

import dev.nova.gateway.auth.TokenProblem;
import dev.nova.kernel.Caller;
import graphql.schema.DataFetchingEnvironment;

/**
 * What one GraphQL request carries to its fetchers and loaders: the caller, and why its access token was not
 * taken when it was not ({@code tokenProblem}: {@code TOKEN_EXPIRED}, {@code TOKEN_REVOKED}, {@code TOKEN_INVALID}).
 */
public record RequestScope(Caller caller, TokenProblem tokenProblem) {

    public RequestScope(Caller caller) {
        this(caller, null);
    }

    public static Caller callerOf(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().<RequestScope>get(RequestScope.class).caller();
    }
}
