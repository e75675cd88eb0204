package dev.nova.users.adapter.in.lambda;

import dev.nova.events.EventConsumerFunction;
import dev.nova.users.api.UsersApi;
import io.micronaut.context.ApplicationContext;

/**
 * users' SQS entry for identity's events ({@code users-identity-events}):
 * {@code dev.nova.users.adapter.in.lambda.UsersEventsFunction::handleRequest}, with partial batch responses.
 */
public final class UsersEventsFunction extends EventConsumerFunction {

    public UsersEventsFunction() {
        super();
    }

    public UsersEventsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected String environment() {
        return UsersApi.DOMAIN;
    }
}
