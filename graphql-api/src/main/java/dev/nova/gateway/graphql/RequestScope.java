package dev.nova.gateway.graphql;

import dev.nova.gateway.auth.TokenProblem;
import dev.nova.kernel.Caller;
import graphql.schema.DataFetchingEnvironment;

/**
 * What one GraphQL request carries to its fetchers and loaders: the caller, why its access token was not taken
 * when it was not ({@code tokenProblem}: {@code TOKEN_EXPIRED}, {@code TOKEN_REVOKED}, {@code TOKEN_INVALID}), and
 * its {@code Idempotency-Key} header, for the create it retries.
 */
public record RequestScope(Caller caller, TokenProblem tokenProblem, String idempotencyKey) {

    public RequestScope(Caller caller) {
        this(caller, null, null);
    }

    /** The request's scope, from a fetcher. */
    public static RequestScope of(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().get(RequestScope.class);
    }

    public static Caller callerOf(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().<RequestScope>get(RequestScope.class).caller();
    }
}
