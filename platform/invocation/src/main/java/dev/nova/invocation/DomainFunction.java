package dev.nova.invocation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The AWS Lambda entry of a domain function: an invocation's JSON in, the reply's JSON out. The context starts in
 * the constructor, during Lambda's init phase, so that SnapStart captures it warm.
 */
public abstract class DomainFunction implements RequestStreamHandler, DomainEndpoint, AutoCloseable {

    private final ApplicationContext context;
    private final DomainDispatcher dispatcher;

    /** Builds the function with the context of its domain's environment (what Lambda calls). */
    protected DomainFunction(String domain) {
        this(FunctionContexts.start(domain));
    }

    /** Builds the function on a context started elsewhere (local runtime, tests). */
    protected DomainFunction(ApplicationContext context) {
        this.context = context;
        this.dispatcher = context.getBean(DomainDispatcher.class);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context lambdaContext) throws IOException {
        output.write(dispatcher.handle(input.readAllBytes()));
    }

    @Override
    public byte[] handle(byte[] invocation) {
        return dispatcher.handle(invocation);
    }

    /** The domain this function serves. */
    public String domain() {
        return context.getBean(DomainOperations.class).domain();
    }

    public ApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
