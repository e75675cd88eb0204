package dev.nova.events;

import dev.nova.kernel.Cursor;
import dev.nova.kernel.Page;
import dev.nova.kernel.PageRequest;
import dev.nova.persistence.Transactions;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** What operators and schedules do with an outbox: read its health, replay parked events, prune published ones. */
public final class OutboxMaintenance {

    private static final int PRUNE_BATCH = 5_000;
    private static final String PUT_BACK_IN_LINE = "UPDATE outbox SET parked_at = NULL, attempts = 0, "
            + "next_attempt_at = ? WHERE parked_at IS NOT NULL AND published_at IS NULL";

    private final Transactions transactions;
    private final Clock clock;

    public OutboxMaintenance(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Unpublished and parked counts, and the age of the oldest unpublished event (the relay's lag). */
    public OutboxHealth health() {
        return transactions.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT count(*) FILTER (WHERE published_at IS NULL AND parked_at IS NULL),
                           min(occurred_at) FILTER (WHERE published_at IS NULL AND parked_at IS NULL),
                           count(*) FILTER (WHERE parked_at IS NOT NULL)
                    FROM outbox WHERE published_at IS NULL""");
                 ResultSet row = query.executeQuery()) {
                row.next();
                Timestamp oldest = row.getTimestamp(2);
                Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), clock.instant());
                return new OutboxHealth(row.getLong(1), row.getLong(3), age.isNegative() ? Duration.ZERO : age);
            }
        });
    }

    /** Parked events, oldest parked first, after the page's cursor. */
    public Page<ParkedEvent> parked(PageRequest page) {
        Cursor after = page.after() == null ? null : Cursor.decode(page.after());
        Instant afterParked = after == null ? null : after.instantKey(0);
        UUID afterId = after == null ? null : after.uuidKey(1);
        List<ParkedEvent> rows = transactions.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT id, event_type, aggregate_type, aggregate_id, attempts, last_error, parked_at,
                           correlation_id
                    FROM outbox
                    WHERE parked_at IS NOT NULL AND published_at IS NULL
                      AND (?::timestamptz IS NULL OR (parked_at, id) > (?::timestamptz, ?::uuid))
                    ORDER BY parked_at, id
                    LIMIT ?""")) {
                Timestamp parkedAfter = afterParked == null ? null : Timestamp.from(afterParked);
                query.setTimestamp(1, parkedAfter);
                query.setTimestamp(2, parkedAfter);
                query.setObject(3, afterId);
                query.setInt(4, page.first() + 1);
                List<ParkedEvent> parked = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        parked.add(new ParkedEvent(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                                row.getString(4), row.getInt(5), row.getString(6), row.getTimestamp(7).toInstant(),
                                row.getString(8)));
                    }
                }
                return parked;
            }
        });
        return Page.fromOverfetched(rows, page,
                event -> Cursor.of(event.parkedAt().toString(), event.id().toString()));
    }

    /** Puts the named parked events back in line, with their attempts reset; answers how many there were. */
    public int replay(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return 0;
        }
        return transactions.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(PUT_BACK_IN_LINE + " AND id = ANY(?)")) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setArray(2, connection.createArrayOf("uuid", eventIds.toArray()));
                return update.executeUpdate();
            }
        });
    }

    /** Puts every parked event back in line, with its attempts reset; answers how many there were. */
    public int replayAll() {
        return transactions.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement(PUT_BACK_IN_LINE)) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                return update.executeUpdate();
            }
        });
    }

    /** Deletes events published longer than {@code retention} ago, a bounded batch per statement. */
    public int prune(Duration retention) {
        Instant before = clock.instant().minus(retention);
        int total = 0;
        int deleted;
        do {
            deleted = transactions.withConnection(connection -> {
                try (PreparedStatement delete = connection.prepareStatement("""
                        DELETE FROM outbox WHERE id IN (
                            SELECT id FROM outbox WHERE published_at < ? LIMIT ?)""")) {
                    delete.setTimestamp(1, Timestamp.from(before));
                    delete.setInt(2, PRUNE_BATCH);
                    return delete.executeUpdate();
                }
            });
            total += deleted;
        } while (deleted == PRUNE_BATCH);
        return total;
    }
}
