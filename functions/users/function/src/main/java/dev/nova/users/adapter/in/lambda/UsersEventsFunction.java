package dev.nova.users.adapter.in.lambda;

import dev.nova.events.EventConsumer;
import dev.nova.events.EventConsumerFunction;
import dev.nova.invocation.FunctionContexts;
import dev.nova.users.api.UsersApi;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;

/**
 * users' SQS entry for identity's events ({@code users-identity-events}):
 * {@code dev.nova.users.adapter.in.lambda.UsersEventsFunction::handleRequest}, with partial batch responses.
 */
public final class UsersEventsFunction extends EventConsumerFunction {

    public UsersEventsFunction() {
        this(FunctionContexts.start(UsersApi.DOMAIN));
    }

    public UsersEventsFunction(ApplicationContext context) {
        super(context.getBean(EventConsumer.class), context.getBean(JsonMapper.class));
    }
}
