package dev.nova.events;

import dev.nova.kernel.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The outbox fast path with group commit: the events of transactions that commit while a publish is under way are
 * published together in the next relay round, ten to a {@code SendMessageBatch}, instead of one call each. A lone
 * writer (a Lambda serves one request at a time) publishes at once, with no added wait. Each writer still waits for
 * the round that carries its own events, so an answered request has published its events unless the relay failed,
 * in which case the sweeper takes over.
 */
public final class CoalescingFastPath implements Consumer<List<UUID>>, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CoalescingFastPath.class);
    private static final long WAIT_SECONDS = 10;

    private final OutboxRelay relay;
    private final Object lock = new Object();
    private List<UUID> pending = new ArrayList<>();
    private CompletableFuture<Void> round = new CompletableFuture<>();
    private boolean running = true;

    public CoalescingFastPath(OutboxRelay relay) {
        this.relay = relay;
        DaemonThreads.start("outbox-fast-path", this::flushLoop);
    }

    /** Hands over a committed transaction's events and waits for the round that publishes them. */
    @Override
    public void accept(List<UUID> ids) {
        CompletableFuture<Void> mine;
        synchronized (lock) {
            pending.addAll(ids);
            mine = round;
            lock.notifyAll();
        }
        try {
            mine.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("the fast path did not publish {} events; the sweeper will", ids.size());
        }
    }

    private void flushLoop() {
        while (true) {
            List<UUID> batch;
            CompletableFuture<Void> done;
            synchronized (lock) {
                while (running && pending.isEmpty()) {
                    waitForWork();
                }
                if (!running) {
                    round.complete(null);
                    return;
                }
                batch = pending;
                done = round;
                pending = new ArrayList<>();
                round = new CompletableFuture<>();
            }
            publish(batch, done);
        }
    }

    private void publish(List<UUID> batch, CompletableFuture<Void> done) {
        try {
            relay.publish(batch);
        } catch (RuntimeException e) {
            LOG.warn("the fast path failed for {} events; the sweeper will publish them", batch.size(), e);
        } finally {
            done.complete(null);
        }
    }

    private void waitForWork() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            running = false;
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            running = false;
            lock.notifyAll();
        }
    }
}
