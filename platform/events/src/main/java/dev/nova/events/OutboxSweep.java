package dev.nova.events;

import dev.nova.invocation.NoInput;
import dev.nova.invocation.Operation;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;

import java.time.Duration;

/**
 * The scheduled sweep of one domain's outbox, served as the domain operation {@code <domain>.sweepOutbox}: publish
 * what is due, prune what was published more than a week ago, and report the outbox's state as CloudWatch metrics.
 * Only system callers (the schedulers) may run it.
 */
public final class OutboxSweep {

    public static final String SYSTEM_ROLE = Caller.SYSTEM_ROLE;
    static final Duration RETENTION = Duration.ofDays(7);
    private static final int MAX_ROUNDS = 50;

    private final String domain;
    private final DomainEvents events;

    public OutboxSweep(String domain, DomainEvents events) {
        this.domain = domain;
        this.events = events;
    }

    /** The operation as the schedulers invoke it. */
    public static Operation<NoInput, SweepReport> operation(String domain) {
        return Operation.command(domain, "sweepOutbox", NoInput.class, SweepReport.class);
    }

    public SweepReport sweep(Caller caller) {
        if (!caller.hasRole(SYSTEM_ROLE)) {
            throw DomainException.forbidden("only the schedulers sweep outboxes");
        }
        RelayRound round = events.relay().drain(MAX_ROUNDS);
        int pruned = events.maintenance().prune(RETENTION);
        OutboxHealth health = events.maintenance().health();
        SweepReport report = new SweepReport(domain, round.published(), round.failed(), round.parked(), pruned,
                health.unpublished(), health.parked(), health.oldestUnpublished().toSeconds(), round.maxLagMillis());
        EmbeddedMetrics.outbox(report);
        return report;
    }
}
