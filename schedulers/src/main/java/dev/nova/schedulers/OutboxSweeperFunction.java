package dev.nova.schedulers;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.nova.events.SweepReport;
import dev.nova.invocation.FunctionContexts;
import dev.nova.observability.CorrelationId;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The outbox sweeper's Lambda entry, run by an EventBridge schedule:
 * {@code dev.nova.schedulers.OutboxSweeperFunction::handleRequest}. It sweeps every domain's outbox and answers the
 * reports; the scheduled event's id becomes the run's correlation id.
 */
public final class OutboxSweeperFunction implements RequestStreamHandler, AutoCloseable {

    private final ApplicationContext context;
    private final OutboxSweeps sweeps;
    private final JsonMapper json;

    public OutboxSweeperFunction() {
        this(FunctionContexts.start("schedulers"));
    }

    public OutboxSweeperFunction(ApplicationContext context) {
        this.context = context;
        this.sweeps = context.getBean(OutboxSweeps.class);
        this.json = context.getBean(JsonMapper.class);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context lambdaContext) throws IOException {
        ScheduledEvent event = json.readValue(input.readAllBytes(), ScheduledEvent.class);
        String correlationId = CorrelationId.sanitized(event == null ? null : event.id());
        List<SweepReport> reports;
        try (CorrelationId.Scope ignored = CorrelationId.open(correlationId)) {
            reports = sweeps.sweepAll(correlationId);
        }
        output.write(json.writeValueAsBytes(reports));
    }

    @Override
    public void close() {
        context.close();
    }
}
