package dev.nova.gateway.lambda;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/**
 * The gateway's Lambda entry, {@code dev.nova.gateway.lambda.GatewayFunction::handleRequest}: micronaut-function-aws'
 * API Gateway HTTP API (payload 2.0) function, which carries each {@code APIGatewayV2HTTPEvent} through Micronaut's
 * router to the same {@code /graphql} controller that Netty serves in the local runtime. The context starts in
 * the constructor, during init, so that SnapStart captures it.
 */
public final class GatewayFunction extends APIGatewayV2HTTPEventFunction {

    public static final String ENVIRONMENT = "gateway";

    /** The Lambda runtime's constructor. */
    public GatewayFunction() {
        super();
    }

    /** Serves events with a context already started (the tests and the cold-start benchmark). */
    public GatewayFunction(ApplicationContext context) {
        super(context);
    }

    public ApplicationContext context() {
        return applicationContext;
    }

    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return super.newApplicationContextBuilder().environments(ENVIRONMENT).deduceEnvironment(false);
    }
}
