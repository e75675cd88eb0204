package dev.nova.events;

import dev.nova.persistence.Transactions;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** What operators and schedules do with an outbox: read its health, replay parked events, prune published ones. */
public final class OutboxMaintenance {

    private static final int PRUNE_BATCH = 5_000;

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

    /** Puts a parked event back in line, with its attempts reset; answers whether there was one to replay. */
    public boolean replay(UUID eventId) {
        return transactions.withConnection(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE outbox SET parked_at = NULL, attempts = 0, next_attempt_at = ?
                    WHERE id = ? AND parked_at IS NOT NULL""")) {
                update.setTimestamp(1, Timestamp.from(clock.instant()));
                update.setObject(2, eventId);
                return update.executeUpdate() == 1;
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
