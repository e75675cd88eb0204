package dev.nova.schedulers;

import dev.nova.events.OutboxOperations;
import dev.nova.events.SweepReport;
import dev.nova.invocation.DomainInvoker;
import dev.nova.invocation.NoInput;
import dev.nova.kernel.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * Sweeps the outbox of every domain that has one, as a system caller through the domain invoker. A domain that
 * fails is logged and skipped: the next scheduled run tries it again, and the others are not held up.
 */
public final class OutboxSweeps {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSweeps.class);

    private final DomainInvoker invoker;
    private final List<String> domains;

    public OutboxSweeps(DomainInvoker invoker, List<String> domains) {
        this.invoker = invoker;
        this.domains = List.copyOf(domains);
    }

    /** One sweep of each domain, under {@code correlationId}; answers the reports of those that answered. */
    public List<SweepReport> sweepAll(String correlationId) {
        Caller scheduler = Caller.system(correlationId);
        List<SweepReport> reports = new ArrayList<>();
        for (String domain : domains) {
            try {
                reports.add(invoker.invoke(OutboxOperations.sweep(domain), scheduler, NoInput.INSTANCE).join());
            } catch (CompletionException e) {
                LOG.warn("sweeping {}'s outbox failed; the next run tries again: {}", domain, e.getCause().toString());
            }
        }
        return reports;
    }
}
