package dev.nova.events;

import dev.nova.persistence.Transactions;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Publishes a domain's outbox. The fast path publishes the events a transaction just committed; the sweeper
 * claims whatever is due with {@code FOR UPDATE SKIP LOCKED}, so that several sweepers (and the fast path) never
 * send one event at once. A failed send is retried with backoff and, after {@link RelayPolicy#maxAttempts()},
 * parked with its last error for an operator to replay.
 */
public final class OutboxRelay {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private static final String COLUMNS = "id, event_type, aggregate_type, aggregate_id, sequence, occurred_at, "
            + "correlation_id, payload::text AS payload, attempts";

    private final String domain;
    private final Transactions transactions;
    private final SqsPublisher publisher;
    private final EventRouting routing;
    private final RelayPolicy policy;
    private final JsonMapper json;
    private final Clock clock;

    public OutboxRelay(String domain, Transactions transactions, SqsPublisher publisher, EventRouting routing,
                       RelayPolicy policy, JsonMapper json, Clock clock) {
        this.domain = domain;
        this.transactions = transactions;
        this.publisher = publisher;
        this.routing = routing;
        this.policy = policy;
        this.json = json;
        this.clock = clock;
    }

    /** The fast path: publishes these just-committed events, unless a sweeper holds them. */
    public RelayRound publish(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return RelayRound.EMPTY;
        }
        RelayRound round = claimAndSend("SELECT " + COLUMNS + " FROM outbox WHERE id = ANY(?) AND published_at IS NULL "
                + "AND parked_at IS NULL FOR UPDATE SKIP LOCKED", (connection, claim) ->
                claim.setArray(1, uuids(connection, ids)));
        EmbeddedMetrics.fastPath(domain, round);
        return round;
    }

    /** One sweeper round: claims and publishes up to a batch of due events. */
    public RelayRound sweep() {
        Instant now = clock.instant();
        return claimAndSend("SELECT " + COLUMNS + " FROM outbox WHERE published_at IS NULL AND parked_at IS NULL "
                + "AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED",
                (connection, claim) -> {
                    claim.setTimestamp(1, Timestamp.from(now));
                    claim.setInt(2, policy.batchSize());
                });
    }

    /** Sweeps until nothing is due or {@code maxRounds} rounds have run; answers the totals. */
    public RelayRound drain(int maxRounds) {
        RelayRound total = RelayRound.EMPTY;
        for (int i = 0; i < maxRounds; i++) {
            RelayRound round = sweep();
            total = total.plus(round);
            if (round.claimed() < policy.batchSize()) {
                break;
            }
        }
        return total;
    }

    private RelayRound claimAndSend(String claimSql, ClaimParameters parameters) {
        return transactions.inTransaction(() -> transactions.withConnection(connection -> {
            relaxDurability(connection);
            List<OutboxRow> claimed = claim(connection, claimSql, parameters);
            if (claimed.isEmpty()) {
                return RelayRound.EMPTY;
            }
            Map<UUID, String> failures = publisher.send(claimed.stream().map(OutboxRow::event).toList(), routing);
            Instant now = clock.instant();
            List<UUID> sent = claimed.stream().map(row -> row.event().id())
                    .filter(id -> !failures.containsKey(id)).toList();
            markPublished(connection, sent, now);
            int parked = markFailed(connection, claimed, failures, now);
            long maxLag = claimed.stream().filter(row -> !failures.containsKey(row.event().id()))
                    .mapToLong(row -> Duration.between(row.event().occurredAt(), now).toMillis()).max().orElse(0);
            return new RelayRound(claimed.size(), sent.size(), failures.size(), parked, Math.max(0, maxLag));
        }));
    }

    /**
     * Marking rows published need not wait for the disk: if a crash loses the mark, the event is sent again and the
     * consumers' inbox absorbs the duplicate. This saves a WAL flush per round.
     */
    private static void relaxDurability(Connection connection) throws SQLException {
        try (Statement set = connection.createStatement()) {
            set.execute("SET LOCAL synchronous_commit TO OFF");
        }
    }

    private List<OutboxRow> claim(Connection connection, String sql, ClaimParameters parameters)
            throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(sql)) {
            parameters.set(connection, claim);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet row = claim.executeQuery()) {
                while (row.next()) {
                    rows.add(new OutboxRow(envelope(row), row.getInt("attempts")));
                }
            }
            return rows;
        }
    }

    private EventEnvelope envelope(ResultSet row) throws SQLException {
        try {
            return new EventEnvelope(row.getObject("id", UUID.class), row.getString("event_type"),
                    row.getString("aggregate_type"), row.getString("aggregate_id"), row.getLong("sequence"),
                    row.getTimestamp("occurred_at").toInstant(), row.getString("correlation_id"),
                    json.readValue(row.getString("payload"), JsonNode.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void markPublished(Connection connection, List<UUID> ids, Instant now) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox SET published_at = ?, last_error = NULL WHERE id = ANY(?)")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setArray(2, uuids(connection, ids));
            update.executeUpdate();
        }
    }

    private int markFailed(Connection connection, List<OutboxRow> claimed, Map<UUID, String> failures, Instant now)
            throws SQLException {
        if (failures.isEmpty()) {
            return 0;
        }
        int parked = 0;
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE outbox SET attempts = ?, last_error = ?, next_attempt_at = ?, parked_at = ?
                WHERE id = ?""")) {
            for (OutboxRow row : claimed) {
                String error = failures.get(row.event().id());
                if (error == null) {
                    continue;
                }
                int attempts = row.attempts() + 1;
                boolean park = attempts >= policy.maxAttempts();
                parked += park ? 1 : 0;
                update.setInt(1, attempts);
                update.setString(2, error.length() > 1000 ? error.substring(0, 1000) : error);
                update.setTimestamp(3, Timestamp.from(now.plus(policy.backoff(attempts,
                        ThreadLocalRandom.current().nextDouble()))));
                update.setTimestamp(4, park ? Timestamp.from(now) : null);
                if (park) {
                    LOG.warn("parked {}'s outbox event {} ({}) after {} failed sends, last: {} (docs/runbooks/outbox.md)",
                            domain, row.event().id(), row.event().type(), attempts, error);
                }
                update.setObject(5, row.event().id());
                update.addBatch();
            }
            update.executeBatch();
        }
        return parked;
    }

    private static Array uuids(Connection connection, Collection<UUID> ids) throws SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }

    @FunctionalInterface
    private interface ClaimParameters {
        void set(Connection connection, PreparedStatement claim) throws SQLException;
    }
}
