package dev.nova.local;

import dev.nova.kernel.DaemonThreads;
import dev.nova.observability.CorrelationId;
import dev.nova.schedulers.OutboxSweeps;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local stand-in for the EventBridge schedule of the outbox sweeper: every few seconds it runs the same
 * {@link OutboxSweeps} as the schedulers' Lambda, through the in-process invoker.
 */
final class LocalSweeper implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("outbox-sweeper"));

    LocalSweeper(OutboxSweeps sweeps, long periodSeconds) {
        timer.scheduleWithFixedDelay(() -> sweeps.sweepAll(CorrelationId.newId()), periodSeconds, periodSeconds,
                TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
