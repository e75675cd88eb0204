package dev.nova.gateway.http;

import io.micronaut.configuration.graphql.GraphQLController;
import io.micronaut.configuration.graphql.GraphQLExecutionResultHandler;
import io.micronaut.configuration.graphql.GraphQLInvocation;
import io.micronaut.configuration.graphql.GraphQLJsonSerializer;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import org.reactivestreams.Publisher;

/**
 * micronaut-graphql's {@code /graphql} controller, declared to produce {@code application/graphql-response+json}
 * as well as JSON (the library's own declares JSON only, so Micronaut's router would refuse clients that follow
 * the GraphQL-over-HTTP specification) and to consume JSON only. Everything else is the library's: the request is
 * read by {@link StrictGraphQlJson} and run by {@link GatewayInvocation}.
 */
@Controller("${graphql.path:/graphql}")
@Replaces(GraphQLController.class)
@Requires(env = "gateway")
public class GatewayGraphQlController extends GraphQLController {

    public GatewayGraphQlController(GraphQLInvocation invocation, GraphQLExecutionResultHandler results,
                                    GraphQLJsonSerializer json) {
        super(invocation, results, json);
    }

    @Override
    @Get(produces = {MediaTypes.GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON}, single = true)
    public Publisher<MutableHttpResponse<String>> get(@Nullable @QueryValue("query") String query,
                                                      @Nullable @QueryValue("operationName") String operationName,
                                                      @Nullable @QueryValue("variables") String variables,
                                                      HttpRequest httpRequest) {
        return super.get(query, operationName, variables, httpRequest);
    }

    @Override
    @Post(consumes = MediaType.APPLICATION_JSON, produces = {MediaTypes.GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON},
            single = true)
    public Publisher<MutableHttpResponse<String>> post(@Nullable @QueryValue("query") String query,
                                                       @Nullable @QueryValue("operationName") String operationName,
                                                       @Nullable @QueryValue("variables") String variables,
                                                       @Nullable @Body String body,
                                                       HttpRequest httpRequest) {
        return super.post(null, null, null, body, httpRequest);
    }
}
