package dev.nova.events;

import dev.nova.kernel.DaemonThreads;
import dev.nova.persistence.Transactions;
import io.micronaut.json.JsonMapper;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A domain's event plumbing, wired in one place: the outbox its use cases append to, the relay whose fast path
 * (with group commit) runs after each commit, and the maintenance the sweeper schedule drives.
 */
public final class DomainEvents implements AutoCloseable {

    private final ExecutorService sends;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final CoalescingFastPath fastPath;
    private final OutboxMaintenance maintenance;
    private final QueueDirectory queues;
    private final EventRouting routing;

    /** @param sqs the context's SQS client (micronaut-aws-sdk-v2's), which the context closes */
    public DomainEvents(String domain, Transactions transactions, JsonMapper json, EventsSettings settings,
                        EventRouting routing, SqsClient sqs) {
        Clock clock = Clock.systemUTC();
        this.sends = Executors.newFixedThreadPool(RelayPolicy.DEFAULTS.inFlightBatches(),
                DaemonThreads.named("outbox-send"));
        this.queues = new QueueDirectory(sqs, settings.queuePrefix());
        this.routing = routing;
        SqsPublisher publisher = new SqsPublisher(sqs, queues, json, sends);
        this.relay = new OutboxRelay(domain, transactions, publisher, routing, RelayPolicy.DEFAULTS, json, clock);
        this.fastPath = new CoalescingFastPath(relay);
        this.outbox = new Outbox(transactions, json, clock, fastPath);
        this.maintenance = new OutboxMaintenance(transactions, clock);
    }

    public Outbox outbox() {
        return outbox;
    }

    public OutboxRelay relay() {
        return relay;
    }

    public OutboxMaintenance maintenance() {
        return maintenance;
    }

    /**
     * Looks up the URL of every routed queue (SQS {@code GetQueueUrl}, a read): the SQS client's first call, with
     * its marshalling, signing and connection, happens during init instead of in the first committed change, and
     * the relay finds the URLs already known.
     */
    public void primeQueues() {
        routing.routes().stream().map(Route::queue).distinct().forEach(queues::urlOf);
    }

    @Override
    public void close() {
        fastPath.close();
        sends.shutdownNow();
    }
}
