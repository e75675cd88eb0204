package dev.nova.gateway.graphql;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns what a fetcher throws into a GraphQL error: a domain's typed error keeps its code and message in
 * {@code extensions}; anything else is logged with the request's correlation id and shown only as
 * {@code INTERNAL}, never with a stack trace or an internal message.
 */
public final class DomainErrors implements DataFetcherExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DomainErrors.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        Throwable cause = unwrap(parameters.getException());
        GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError()
                .path(parameters.getPath())
                .location(parameters.getSourceLocation());
        GraphQLError built;
        if (cause instanceof DomainException domain) {
            Map<String, Object> extensions = extensions(domain.code(), domain.field());
            domain.retryAfterSeconds().ifPresent(seconds -> extensions.put("retryAfter", seconds));
            String message = domain.getMessage();
            RequestScope scope = parameters.getDataFetchingEnvironment().getGraphQlContext().get(RequestScope.class);
            if (domain.code() == ErrorCode.UNAUTHENTICATED && scope != null && scope.tokenProblem() != null) {
                // The field needs a sign-in and the token sent was not taken: say why, so the app refreshes or
                // signs in again.
                extensions.put("reason", scope.tokenProblem().name());
                message = scope.tokenProblem().message();
            }
            built = error.message(message).extensions(extensions).build();
        } else {
            LOG.error("fetching {} failed", parameters.getPath(), cause);
            built = error.message("internal error").extensions(extensions(ErrorCode.INTERNAL, null)).build();
        }
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(built).build());
    }

    static Map<String, Object> extensions(ErrorCode code, String field) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        if (field != null) {
            extensions.put("field", field);
        }
        return extensions;
    }

    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
