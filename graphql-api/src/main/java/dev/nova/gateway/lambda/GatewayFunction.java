package dev.nova.gateway.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.nova.invocation.FunctionPriming;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * The gateway's Lambda entry, {@code dev.nova.gateway.lambda.GatewayFunction::handleRequest}: micronaut-function-aws'
 * API Gateway HTTP API (payload 2.0) function, which carries each {@code APIGatewayV2HTTPEvent} through Micronaut's
 * router to the same {@code /graphql} controller that Netty serves in the local runtime. The context starts in
 * the constructor, during init, so that SnapStart captures it, and is primed there by answering one
 * {@code { __typename }} through the whole path (event mapping, router, filters, GraphQL parse, validate, execute,
 * response writing), which needs no token and calls no domain.
 */
public final class GatewayFunction extends APIGatewayV2HTTPEventFunction {

    public static final String ENVIRONMENT = "gateway";

    private static final Logger LOG = LoggerFactory.getLogger(GatewayFunction.class);

    /** The Lambda runtime's constructor; primes the function before Lambda's first event. */
    public GatewayFunction() {
        super();
        prime();
    }

    /** Serves events with a context already started (the tests and the cold-start benchmark). */
    public GatewayFunction(ApplicationContext context) {
        super(context);
    }

    /**
     * Answers one {@code { __typename }} and runs the context's primers; a failure is logged, never thrown.
     * Answers whether the GraphQL path answered as a client would have wanted. The Lambda constructor calls it; a
     * function built on a context of its own (the cold-start probe) calls it to be primed the same way.
     */
    public boolean prime() {
        boolean answered = false;
        try {
            APIGatewayV2HTTPResponse response = handleRequest(primingEvent(), null);
            answered = response.getStatusCode() == 200;
            if (!answered) {
                LOG.warn("priming answered {}: {}", response.getStatusCode(), response.getBody());
            }
        } catch (RuntimeException e) {
            LOG.warn("priming through the GraphQL endpoint failed; the first request will warm it", e);
        }
        FunctionPriming.run(applicationContext);
        return answered;
    }

    private static APIGatewayV2HTTPEvent primingEvent() {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("GET /graphql")
                .withRawPath("/graphql")
                .withRawQueryString("query=%7B__typename%7D")
                .withQueryStringParameters(Map.of("query", "{__typename}"))
                .withHeaders(Map.of("accept", "application/graphql-response+json", "user-agent", "nova-priming"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRouteKey("GET /graphql")
                        .withStage("$default")
                        .withRequestId("priming")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("GET").withPath("/graphql").withProtocol("HTTP/1.1")
                                .withSourceIp("127.0.0.1").withUserAgent("nova-priming").build())
                        .build())
                .withIsBase64Encoded(false)
                .build();
    }

    public ApplicationContext context() {
        return applicationContext;
    }

    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return super.newApplicationContextBuilder().environments(ENVIRONMENT).deduceEnvironment(false);
    }
}
