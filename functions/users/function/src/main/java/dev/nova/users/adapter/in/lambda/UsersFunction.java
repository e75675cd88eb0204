package dev.nova.users.adapter.in.lambda;

import dev.nova.invocation.DomainFunction;
import dev.nova.users.api.UsersApi;
import io.micronaut.context.ApplicationContext;

/** users' Lambda entry: {@code dev.nova.users.adapter.in.lambda.UsersFunction::handleRequest}. */
public final class UsersFunction extends DomainFunction {

    public UsersFunction() {
        super();
    }

    public UsersFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected String environment() {
        return UsersApi.DOMAIN;
    }
}
