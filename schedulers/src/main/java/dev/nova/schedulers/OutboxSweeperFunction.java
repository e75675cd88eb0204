package dev.nova.schedulers;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.nova.events.SweepReport;
import dev.nova.invocation.FunctionContexts;
import dev.nova.observability.CorrelationId;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;

import java.util.List;

/**
 * The outbox sweeper's Lambda entry, run by an EventBridge schedule:
 * {@code dev.nova.schedulers.OutboxSweeperFunction::handleRequest}. It sweeps every domain's outbox and answers the
 * reports; the scheduled event's id becomes the run's correlation id.
 */
public final class OutboxSweeperFunction extends MicronautRequestHandler<ScheduledEvent, List<SweepReport>> {

    public static final String ENVIRONMENT = "schedulers";

    private final OutboxSweeps sweeps;

    public OutboxSweeperFunction() {
        super();
        this.sweeps = applicationContext.getBean(OutboxSweeps.class);
    }

    public OutboxSweeperFunction(ApplicationContext context) {
        super(context);
        this.sweeps = context.getBean(OutboxSweeps.class);
    }

    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return FunctionContexts.lambda(ENVIRONMENT);
    }

    @Override
    public List<SweepReport> execute(ScheduledEvent event) {
        String correlationId = CorrelationId.sanitized(event == null ? null : event.getId());
        try (CorrelationId.Scope ignored = CorrelationId.open(correlationId)) {
            return sweeps.sweepAll(correlationId);
        }
    }
}
