package dev.nova.events;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.sqs.model.Message;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 events written by concurrent transactions while a tenth of the sends fail, the relay dies after SQS
 * accepted a batch, the fast path never runs for some commits, and some messages arrive twice: every event is
 * consumed exactly once in effect, and the one poison event ends in the DLQ. Delivery is at least once, so a
 * duplicated send or a resend after a crash can park the poison event there more than once; nothing else is parked.
 */
class NothingIsLostUnderFaultsTest {

    private static final int WRITERS = 8;
    private static final int EVENTS_PER_WRITER = 1_250;

    @RegisterExtension
    static final OutboxFixture orders = new OutboxFixture();

    private static final BillingFixture billing = new BillingFixture();

    @AfterAll
    static void stop() {
        billing.close();
    }

    @Test
    void everyEventIsConsumedOnceAndThePoisonEndsInTheDeadLetterQueue() throws Exception {
        FaultySqs chaos = FaultySqs.chaotic(orders.sqs, 0.10, 0.02, 37);
        RelayPolicy policy = new RelayPolicy(200, 50, Duration.ofMillis(20), Duration.ofMillis(200), 8);
        OutboxRelay relay = orders.relay(chaos, policy);
        AtomicInteger commits = new AtomicInteger();
        AtomicInteger fastPathsLost = new AtomicInteger();
        Outbox outbox = new Outbox(orders.transactions, orders.json, Clock.systemUTC(), ids -> {
            if (commits.incrementAndGet() % 11 == 0) {
                fastPathsLost.incrementAndGet();
                return;
            }
            relay.publish(ids);
        });
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService sweeper = Executors.newSingleThreadExecutor();
        Future<?> sweeping = sweeper.submit(() -> sweepUntilDone(relay, writing));

        try (QueuePoller first = new QueuePoller(orders.sqs, orders.queues.urlOf("billing"), billing.consumer(), "b1");
             QueuePoller second = new QueuePoller(orders.sqs, orders.queues.urlOf("billing"), billing.consumer(),
                     "b2")) {
            write(outbox);
            writing.set(false);
            sweeping.get(120, TimeUnit.SECONDS);
            Eventually.within(120, () -> billing.count("SELECT count(*) FROM charges") >= WRITERS * EVENTS_PER_WRITER
                    && orders.approximateDepth("billing-dlq") >= 1 && orders.inFlightOrWaiting("billing") == 0,
                    () -> "charges=" + billing.count("SELECT count(*) FROM charges")
                            + " billing=" + orders.inFlightOrWaiting("billing")
                            + " billing-dlq=" + orders.approximateDepth("billing-dlq"));
        } finally {
            sweeper.shutdownNow();
        }

        assertThat(chaos.injected).as("sends refused").hasPositiveValue();
        assertThat(chaos.crashes).as("relay deaths after SQS accepted").hasPositiveValue();
        assertThat(chaos.duplicated).as("messages sent twice").hasPositiveValue();
        assertThat(fastPathsLost).as("commits whose fast path never ran").hasPositiveValue();
        assertThat(billing.count("SELECT count(*) FROM charges")).isEqualTo(WRITERS * EVENTS_PER_WRITER);
        assertThat(billing.count("SELECT count(DISTINCT order_id) FROM charges")).isEqualTo(WRITERS * EVENTS_PER_WRITER);
        assertThat(orders.count("SELECT count(*) FROM outbox WHERE published_at IS NULL")).isZero();
        List<String> parked = orders.drain("billing-dlq").stream().map(Message::body).distinct().toList();
        assertThat(parked).as("distinct events in the DLQ").singleElement()
                .satisfies(body -> assertThat(body).contains("poison"));
    }

    private static void write(Outbox outbox) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                for (int i = 0; i < EVENTS_PER_WRITER; i++) {
                    String order = "order-" + writer + "-" + i + "-" + UUID.randomUUID();
                    append(outbox, order);
                }
                if (writer == 0) {
                    append(outbox, "poison-" + UUID.randomUUID());
                }
            }));
        }
        for (Future<?> future : done) {
            future.get(5, TimeUnit.MINUTES);
        }
        writers.shutdown();
    }

    private static void append(Outbox outbox, String order) {
        orders.transactions.inTransaction(() -> outbox.append(new DomainEvent("OrderCancelled", "Order", order,
                new OrderPlaced(order, 1))));
    }

    private static void sweepUntilDone(OutboxRelay relay, AtomicBoolean writing) {
        while (true) {
            RelayRound round = relay.drain(50);
            if (!writing.get() && orders.count("SELECT count(*) FROM outbox WHERE published_at IS NULL") == 0) {
                return;
            }
            if (round.claimed() == 0) {
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
