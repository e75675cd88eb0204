package dev.nova.invocation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;

import java.util.Map;

/**
 * The AWS Lambda entry of a domain function, on micronaut-function-aws: Lambda's runtime reads the
 * {@link Invocation} with Micronaut Serialization (micronaut-aws-lambda-events-serde's serializer) and writes the
 * {@link InvocationReply} back. The context starts in the constructor, during Lambda's init phase, so that
 * SnapStart captures it warm, and its {@link Primer}s run there too. In one JVM (the local runtime), the in-process invoker calls {@link #handle} with
 * the same JSON instead.
 */
public abstract class DomainFunction extends MicronautRequestHandler<Invocation, InvocationReply>
        implements DomainEndpoint {

    private final DomainDispatcher dispatcher;

    /**
     * What Lambda calls: the context of {@link #environment()}, configured for Lambda, then primed
     * ({@link FunctionPriming}) while still in init.
     */
    protected DomainFunction() {
        super();
        this.dispatcher = applicationContext.getBean(DomainDispatcher.class);
        FunctionPriming.run(applicationContext);
    }

    /** Builds the function on a context started elsewhere (local runtime, tests). */
    protected DomainFunction(ApplicationContext context) {
        super(context);
        this.dispatcher = context.getBean(DomainDispatcher.class);
    }

    /**
     * Starts the function {@code domain} declares, in one JVM with others (the local runtime, test fixtures): its
     * handler class, built on a context of the domain's environment with {@code properties} and {@code singletons},
     * as Lambda would build it from the handler's name.
     */
    public static DomainFunction start(DomainDescriptor domain, Map<String, Object> properties,
                                       Object... singletons) {
        ApplicationContext context = FunctionContexts.start(domain.name(), properties, singletons);
        try {
            return Class.forName(domain.handler()).asSubclass(DomainFunction.class)
                    .getConstructor(ApplicationContext.class).newInstance(context);
        } catch (ReflectiveOperationException | ClassCastException e) {
            context.close();
            throw new IllegalStateException(domain.name() + "'s handler " + domain.handler()
                    + " is not a DomainFunction with an (ApplicationContext) constructor", e);
        }
    }

    /**
     * The domain's Micronaut environment. Called while the superclass builds the context, before this object's
     * fields are set: answer a constant.
     */
    protected abstract String environment();

    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return FunctionContexts.lambda(environment());
    }

    @Override
    public InvocationReply execute(Invocation invocation) {
        return dispatcher.dispatch(invocation);
    }

    @Override
    public byte[] handle(byte[] invocation) {
        return dispatcher.handle(invocation);
    }

    /** The domain this function serves. */
    public String domain() {
        return applicationContext.getBean(DomainOperations.class).domain();
    }

    public ApplicationContext context() {
        return applicationContext;
    }
}
