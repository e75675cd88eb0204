package dev.nova.events;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox writer and relay against the real PostgreSQL and ElasticMQ. */
class OutboxRelayTest {

    @RegisterExtension
    static final OutboxFixture orders = new OutboxFixture();

    private final List<List<UUID>> committed = new ArrayList<>();
    private final Outbox outbox = new Outbox(orders.transactions, orders.json, Clock.systemUTC(), committed::add);

    @Test
    void anEventIsWrittenWithItsChangeAndNumberedPerAggregate() {
        String order = "order-" + UUID.randomUUID();
        place(order, 3);
        orders.transactions.inTransaction(() -> outbox.append(new DomainEvent("OrderCancelled", "Order", order,
                new OrderPlaced(order, 0))));

        assertThat(orders.count("SELECT count(*) FROM orders WHERE id = '" + order + "'")).isEqualTo(1);
        assertThat(orders.count("SELECT max(sequence) FROM outbox WHERE aggregate_id = '" + order + "'"))
                .isEqualTo(2);
        assertThat(committed).hasSize(2).allSatisfy(ids -> assertThat(ids).hasSize(1));
    }

    @Test
    void aRolledBackTransactionLeavesNoEventAndPublishesNothing() {
        String order = "order-" + UUID.randomUUID();

        assertThatThrownBy(() -> orders.transactions.inTransaction(() -> {
            insertOrder(order);
            outbox.append(new DomainEvent("OrderPlaced", "Order", order, new OrderPlaced(order, 1)));
            throw new IllegalStateException("payment refused");
        })).hasMessage("payment refused");
        place("order-" + UUID.randomUUID(), 1);

        assertThat(orders.count("SELECT count(*) FROM outbox WHERE aggregate_id = '" + order + "'")).isZero();
        assertThat(committed).as("only the committed transaction reached the fast path").hasSize(1);
    }

    @Test
    void anEventOutsideATransactionIsAProgrammingError() {
        assertThatThrownBy(() -> outbox.append(new DomainEvent("OrderPlaced", "Order", "x", new OrderPlaced("x", 1))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theFastPathPublishesToEverySubscriberWithAttributes() {
        OutboxRelay relay = orders.relay(orders.sqs, RelayPolicy.DEFAULTS);
        Outbox published = new Outbox(orders.transactions, orders.json, Clock.systemUTC(), relay::publish);
        String order = "order-" + UUID.randomUUID();

        orders.transactions.inTransaction(() -> {
            insertOrder(order);
            return published.append(new DomainEvent("OrderPlaced", "Order", order, new OrderPlaced(order, 2)));
        });

        List<Message> billing = orders.drain("billing");
        List<Message> shipping = orders.drain("shipping");
        assertThat(billing).singleElement().satisfies(m -> {
            assertThat(m.body()).contains("\"type\":\"OrderPlaced\"").contains("\"orderId\":\"" + order + "\"")
                    .contains("\"sequence\":1");
            assertThat(m.messageAttributes().get(EventAttributes.EVENT_TYPE).stringValue()).isEqualTo("OrderPlaced");
        });
        assertThat(shipping).hasSize(1);
        assertThat(orders.count("SELECT count(*) FROM outbox WHERE aggregate_id = '" + order
                + "' AND published_at IS NOT NULL")).isEqualTo(1);
    }

    @Test
    void theSweeperPublishesWhatTheFastPathMissedAndAFailingSendIsRetriedThenParked() {
        String order = "order-" + UUID.randomUUID();
        place(order, 1);
        SqsClient broken = FaultySqs.failing(orders.sqs, 1.0);
        RelayPolicy impatient = new RelayPolicy(50, 2, Duration.ZERO, Duration.ZERO, 4);

        RelayRound first = orders.relay(broken, impatient).drain(1);
        RelayRound second = orders.relay(broken, impatient).drain(1);
        OutboxHealth health = new OutboxMaintenance(orders.transactions, Clock.systemUTC()).health();

        assertThat(first.failed()).isPositive();
        assertThat(second.parked()).isPositive();
        assertThat(health.parked()).isPositive();
        assertThat(orders.count("SELECT count(*) FROM outbox WHERE aggregate_id = '" + order
                + "' AND last_error LIKE '%injected%'")).isEqualTo(1);

        orders.transactions.withConnection(c -> c.createStatement().executeUpdate(
                "UPDATE outbox SET parked_at = NULL, attempts = 0 WHERE parked_at IS NOT NULL"));
        RelayRound healed = orders.relay(orders.sqs, RelayPolicy.DEFAULTS).drain(10);

        assertThat(healed.published()).isPositive();
        assertThat(orders.drain("billing")).anySatisfy(m -> assertThat(m.body()).contains(order));
        orders.drain("shipping");
    }

    @Test
    void concurrentCommitsShareFastPathRoundsAndEachWriterReturnsAfterItsOwnEventsArePublished() throws Exception {
        FaultySqs counting = FaultySqs.failing(orders.sqs, 0);
        OutboxRelay relay = orders.relay(counting, RelayPolicy.DEFAULTS);
        List<String> unpublishedOnReturn = new CopyOnWriteArrayList<>();
        try (CoalescingFastPath fastPath = new CoalescingFastPath(relay)) {
            Outbox coalesced = new Outbox(orders.transactions, orders.json, Clock.systemUTC(), fastPath);
            ExecutorService writers = Executors.newFixedThreadPool(8);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        String order = "grouped-" + UUID.randomUUID();
                        orders.transactions.inTransaction(() -> coalesced.append(new DomainEvent("OrderCancelled",
                                "Order", order, new OrderPlaced(order, 1))));
                        if (orders.count("SELECT count(*) FROM outbox WHERE published_at IS NULL AND aggregate_id = '"
                                + order + "'") != 0) {
                            unpublishedOnReturn.add(order);
                        }
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            writers.shutdown();
        }

        assertThat(unpublishedOnReturn).isEmpty();
        assertThat(orders.drain("billing")).hasSize(200);
        assertThat(counting.calls.get()).as("SendMessageBatch calls for 200 commits").isLessThan(200);
    }

    @Test
    void publishedEventsArePrunedAfterTheirRetention() {
        place("order-" + UUID.randomUUID(), 1);
        orders.relay(orders.sqs, RelayPolicy.DEFAULTS).drain(10);
        orders.drain("billing");
        orders.drain("shipping");

        int pruned = new OutboxMaintenance(orders.transactions, Clock.systemUTC()).prune(Duration.ZERO);

        assertThat(pruned).isPositive();
        assertThat(orders.count("SELECT count(*) FROM outbox WHERE published_at IS NOT NULL")).isZero();
    }

    private void place(String order, int items) {
        orders.transactions.inTransaction(() -> {
            insertOrder(order);
            return outbox.append(new DomainEvent("OrderPlaced", "Order", order, new OrderPlaced(order, items)));
        });
    }

    private static void insertOrder(String order) {
        orders.transactions.withConnection(c -> {
            try (var insert = c.prepareStatement("INSERT INTO orders (id, status) VALUES (?, 'PLACED')")) {
                insert.setString(1, order);
                return insert.executeUpdate();
            }
        });
    }
}
