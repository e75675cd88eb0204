package dev.nova.identity.adapter.in.lambda;

import dev.nova.identity.api.IdentityApi;
import dev.nova.invocation.DomainFunction;
import io.micronaut.context.ApplicationContext;

/** identity's Lambda entry: {@code dev.nova.identity.adapter.in.lambda.IdentityFunction::handleRequest}. */
public final class IdentityFunction extends DomainFunction {

    public IdentityFunction() {
        super();
    }

    public IdentityFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected String environment() {
        return IdentityApi.DOMAIN;
    }
}
