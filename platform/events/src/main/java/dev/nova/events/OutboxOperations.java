package dev.nova.events;

import dev.nova.invocation.DomainOperations;
import dev.nova.invocation.NoInput;
import dev.nova.invocation.Operation;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import io.micronaut.core.type.Argument;

import java.time.Duration;

/**
 * The operations every domain with an outbox serves, to system callers only:
 * <ul>
 *   <li>{@code <domain>.sweepOutbox}, the schedulers' minute sweep: publish what is due, prune what was published
 *       more than a week ago, and report the outbox's state as CloudWatch metrics;</li>
 *   <li>{@code <domain>.parkedOutboxEvents}: the events the relay gave up sending, oldest parked first, a page at a
 *       time, each with its last error;</li>
 *   <li>{@code <domain>.replayParkedOutbox}: puts parked events (those named, or all) back in line with their
 *       attempts reset, and publishes at once.</li>
 * </ul>
 * Operators call the last two with {@code aws lambda invoke} on the domain's alias (docs/runbooks/outbox.md).
 */
public final class OutboxOperations {

    public static final String SYSTEM_ROLE = Caller.SYSTEM_ROLE;
    static final Duration RETENTION = Duration.ofDays(7);
    private static final int MAX_ROUNDS = 50;

    private final String domain;
    private final DomainEvents events;

    public OutboxOperations(String domain, DomainEvents events) {
        this.domain = domain;
        this.events = events;
    }

    /** The sweep, as the schedulers invoke it. */
    public static Operation<NoInput, SweepReport> sweep(String domain) {
        return Operation.command(domain, "sweepOutbox", NoInput.class, SweepReport.class);
    }

    @SuppressWarnings("unchecked")
    public static Operation<PageRequest, Page<ParkedEvent>> parked(String domain) {
        return Operation.query(domain, "parkedOutboxEvents", PageRequest.class,
                (Argument<Page<ParkedEvent>>) (Argument<?>) Argument.of(Page.class, ParkedEvent.class));
    }

    public static Operation<ReplayRequest, ReplayReport> replay(String domain) {
        return Operation.command(domain, "replayParkedOutbox", ReplayRequest.class, ReplayReport.class);
    }

    /** Adds the three operations to a domain's. */
    public DomainOperations addTo(DomainOperations operations) {
        return operations.on(sweep(domain), (caller, none) -> sweep(caller))
                .on(parked(domain), this::parked)
                .on(replay(domain), this::replay);
    }

    public SweepReport sweep(Caller caller) {
        requireSystem(caller, "only the schedulers sweep outboxes");
        RelayRound round = events.relay().drain(MAX_ROUNDS);
        int pruned = events.maintenance().prune(RETENTION);
        OutboxHealth health = events.maintenance().health();
        SweepReport report = new SweepReport(domain, round.published(), round.failed(), round.parked(), pruned,
                health.unpublished(), health.parked(), health.oldestUnpublished().toSeconds(), round.maxLagMillis());
        EmbeddedMetrics.outbox(report);
        return report;
    }

    public Page<ParkedEvent> parked(Caller caller, PageRequest page) {
        requireSystem(caller, "only operators read parked outbox events");
        return events.maintenance().parked(page);
    }

    public ReplayReport replay(Caller caller, ReplayRequest request) {
        requireSystem(caller, "only operators replay parked outbox events");
        int replayed = request.all() ? events.maintenance().replayAll()
                : events.maintenance().replay(request.ids());
        RelayRound round = events.relay().drain(MAX_ROUNDS);
        return new ReplayReport(domain, replayed, round.published(), round.failed(), round.parked(),
                events.maintenance().health().parked());
    }

    private static void requireSystem(Caller caller, String why) {
        if (!caller.hasRole(SYSTEM_ROLE)) {
            throw DomainException.forbidden(why);
        }
    }
}
