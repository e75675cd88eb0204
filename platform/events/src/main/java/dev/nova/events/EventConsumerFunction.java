package dev.nova.events;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.nova.invocation.FunctionContexts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;

import java.util.List;

/**
 * The Lambda entry of a domain's event consumer, on micronaut-function-aws: an {@link SQSEvent} in, the partial
 * batch response out (the function's event source mapping enables {@code ReportBatchItemFailures}), both read and
 * written by Lambda's runtime with Micronaut Serialization.
 */
public abstract class EventConsumerFunction extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {

    private final EventConsumer consumer;

    /** What Lambda calls: the context of {@link #environment()}, configured for Lambda. */
    protected EventConsumerFunction() {
        super();
        this.consumer = applicationContext.getBean(EventConsumer.class);
    }

    /** Serves batches with a context started elsewhere (local runtime, tests). */
    protected EventConsumerFunction(ApplicationContext context) {
        super(context);
        this.consumer = context.getBean(EventConsumer.class);
    }

    /**
     * The consuming domain's Micronaut environment. Called while the superclass builds the context, before this
     * object's fields are set: answer a constant.
     */
    protected abstract String environment();

    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return FunctionContexts.lambda(environment());
    }

    @Override
    public SQSBatchResponse execute(SQSEvent event) {
        List<SQSEvent.SQSMessage> messages = event == null || event.getRecords() == null
                ? List.of() : event.getRecords();
        List<SQSBatchResponse.BatchItemFailure> failures = consumer.consume(messages).stream()
                .map(SQSBatchResponse.BatchItemFailure::new)
                .toList();
        return new SQSBatchResponse(failures);
    }
}
