package dev.nova.media.adapter.in.lambda;

import dev.nova.invocation.DomainFunction;
import dev.nova.media.api.MediaApi;
import io.micronaut.context.ApplicationContext;

/** media's Lambda entry: {@code dev.nova.media.adapter.in.lambda.MediaFunction::handleRequest}. */
public final class MediaFunction extends DomainFunction {

    public MediaFunction() {
        super();
    }

    public MediaFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    protected String environment() {
        return MediaApi.DOMAIN;
    }
}
