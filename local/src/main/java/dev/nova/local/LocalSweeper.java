package dev.nova.local;

import dev.nova.events.OutboxSweep;
import dev.nova.invocation.DomainInvoker;
import dev.nova.invocation.NoInput;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.observability.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local stand-in for the EventBridge schedule of the outbox sweeper: every few seconds it invokes each
 * domain's {@code sweepOutbox} operation as a system caller, through the same invoker the schedulers use in AWS.
 */
final class LocalSweeper implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSweeper.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-sweeper");
        thread.setDaemon(true);
        return thread;
    });

    LocalSweeper(DomainInvoker invoker, List<String> domains, long periodSeconds) {
        timer.scheduleWithFixedDelay(() -> domains.forEach(domain -> sweep(invoker, domain)), periodSeconds,
                periodSeconds, TimeUnit.SECONDS);
    }

    private static void sweep(DomainInvoker invoker, String domain) {
        Caller scheduler = new Caller(null, null, CorrelationId.newId(), Set.of(OutboxSweep.SYSTEM_ROLE),
                ClientInfo.UNKNOWN);
        try {
            invoker.invoke(OutboxSweep.operation(domain), scheduler, NoInput.INSTANCE).join();
        } catch (RuntimeException e) {
            LOG.warn("sweeping {}'s outbox failed; the next round tries again", domain, e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
