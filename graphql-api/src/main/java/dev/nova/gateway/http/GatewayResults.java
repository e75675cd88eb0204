package dev.nova.gateway.http;

import graphql.ExecutionResult;
import io.micronaut.configuration.graphql.DefaultGraphQLExecutionResultHandler;
import io.micronaut.configuration.graphql.GraphQLExecutionResultHandler;
import io.micronaut.configuration.graphql.GraphQLResponseBody;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/** Shapes each result for micronaut-graphql's controller: every error carries an {@code extensions.code}. */
@Singleton
@Replaces(DefaultGraphQLExecutionResultHandler.class)
@Requires(env = "gateway")
final class GatewayResults implements GraphQLExecutionResultHandler {

    @Override
    public Publisher<GraphQLResponseBody> handleExecutionResult(Publisher<ExecutionResult> results) {
        return Publishers.map(results, result -> new GraphQLResponseBody(ResponseBodies.of(result)));
    }
}
