package dev.nova.events;

import dev.nova.kernel.Ids;
import dev.nova.observability.CorrelationId;
import dev.nova.persistence.Transactions;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Appends events to the domain's {@code outbox} table in the transaction of the change that caused them, so that
 * an event exists exactly when its change does. After commit the appended events are handed to the fast path;
 * whatever it misses, the sweeper publishes.
 */
public final class Outbox {

    private final Transactions transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final Consumer<List<UUID>> afterCommit;

    /**
     * @param afterCommit receives the ids a committed transaction appended (the relay's fast path), or does nothing
     */
    public Outbox(Transactions transactions, JsonMapper json, Clock clock, Consumer<List<UUID>> afterCommit) {
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
        this.afterCommit = afterCommit;
    }

    /** Records {@code event}; must run inside the transaction of its change. Answers the event's id. */
    public UUID append(DomainEvent event) {
        if (!transactions.isActive()) {
            throw new IllegalStateException("an event must be appended in the transaction of its change");
        }
        UUID id = Ids.newId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String payload = write(event.payload());
        transactions.withConnection(connection -> {
            long sequence = nextSequence(connection, event);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO outbox (id, event_type, aggregate_type, aggregate_id, sequence, occurred_at,
                                        correlation_id, payload, next_attempt_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""")) {
                insert.setObject(1, id);
                insert.setString(2, event.type());
                insert.setString(3, event.aggregateType());
                insert.setString(4, event.aggregateId());
                insert.setLong(5, sequence);
                insert.setTimestamp(6, Timestamp.from(now));
                insert.setString(7, CorrelationId.current());
                insert.setString(8, payload);
                insert.setTimestamp(9, Timestamp.from(now));
                return insert.executeUpdate();
            }
        });
        remember(id);
        return id;
    }

    /** Collects the transaction's event ids and hands them over once, after it commits. */
    private void remember(UUID id) {
        List<UUID> ids = transactions.bound(this, () -> {
            List<UUID> fresh = new ArrayList<>();
            transactions.afterCommit(() -> afterCommit.accept(List.copyOf(fresh)));
            return fresh;
        });
        ids.add(id);
    }

    /** The aggregate's next sequence; the row lock orders concurrent writers of one aggregate. */
    private static long nextSequence(Connection connection, DomainEvent event) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("""
                INSERT INTO outbox_sequences (aggregate_type, aggregate_id, last_sequence) VALUES (?, ?, 1)
                ON CONFLICT (aggregate_type, aggregate_id)
                DO UPDATE SET last_sequence = outbox_sequences.last_sequence + 1
                RETURNING last_sequence""")) {
            next.setString(1, event.aggregateType());
            next.setString(2, event.aggregateId());
            try (ResultSet row = next.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (IOException e) {
            throw new UncheckedIOException("an event payload could not be written as JSON", e);
        }
    }
}
