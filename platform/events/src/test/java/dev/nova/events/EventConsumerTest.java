package dev.nova.events;

import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dev.nova.observability.CorrelationId;
import dev.nova.testing.LambdaRuntime;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The consumer base: one effect per event however often it arrives, typed failures, correlation restored. */
class EventConsumerTest {

    @RegisterExtension
    static final OutboxFixture orders = new OutboxFixture();

    private static final BillingFixture billing = new BillingFixture();

    @AfterAll
    static void stop() {
        billing.close();
    }

    @Test
    void aRedeliveredEventHasOneEffect() throws Exception {
        String order = "order-" + UUID.randomUUID();
        SQSEvent.SQSMessage message = message(event("OrderCancelled", order, "corr-1"));

        List<String> first = billing.consumer().consume(List.of(message));
        List<String> again = billing.consumer().consume(List.of(message, message));

        assertThat(first).isEmpty();
        assertThat(again).isEmpty();
        assertThat(billing.count("SELECT count(*) FROM charges WHERE order_id = '" + order + "'")).isEqualTo(1);
    }

    @Test
    void theHandlerRunsUnderTheEventsCorrelationId() throws Exception {
        billing.consumer().consume(List.of(message(event("OrderPlaced", "order-" + UUID.randomUUID(), "req-77"))));

        assertThat(billing.correlationIds).contains("req-77");
        assertThat(CorrelationId.current()).isNull();
    }

    @Test
    void failuresAreReportedPerMessageAndLaterEventsOfTheAggregateWait() throws Exception {
        String poison = "poison-" + UUID.randomUUID();
        String healthy = "order-" + UUID.randomUUID();
        SQSEvent.SQSMessage broken = message(event("OrderCancelled", poison, "c"));
        SQSEvent.SQSMessage sameAggregateLater = message(new EventEnvelope(UUID.randomUUID(), "OrderPlaced", "Order", poison,
                2, Instant.now(), "c", ObjectMapper.getDefault().writeValueToTree(new OrderPlaced("x-" + poison, 1))));
        SQSEvent.SQSMessage other = message(event("OrderCancelled", healthy, "c"));
        SQSEvent.SQSMessage garbage = LambdaRuntime.sqsMessage("m-garbage", "{not json");
        SQSEvent.SQSMessage unknownType = message(new EventEnvelope(UUID.randomUUID(), "Mystery", "Order", healthy, 9,
                Instant.now(), "c", ObjectMapper.getDefault().writeValueToTree(new OrderPlaced(healthy, 1))));

        List<String> failed = billing.consumer().consume(List.of(broken, sameAggregateLater, other, garbage,
                unknownType));

        assertThat(failed).containsExactlyInAnyOrder(broken.getMessageId(), sameAggregateLater.getMessageId(),
                garbage.getMessageId(), unknownType.getMessageId());
        assertThat(billing.count("SELECT count(*) FROM charges WHERE order_id = '" + healthy + "'")).isEqualTo(1);
    }

    @Test
    void theLambdaEntryAnswersAPartialBatchResponse() throws Exception {
        SQSEvent.SQSMessage good = message(event("OrderCancelled", "order-" + UUID.randomUUID(), "c"));
        SQSEvent.SQSMessage bad = message(event("OrderCancelled", "poison-" + UUID.randomUUID(), "c"));
        byte[] event = ObjectMapper.getDefault().writeValueAsBytes(LambdaRuntime.sqsEvent(List.of(good, bad)));
        String reply;
        try (ApplicationContext context = ApplicationContext.builder().singletons(billing.consumer()).start()) {
            EventConsumerFunction function = new EventConsumerFunction(context) {
                @Override
                protected String environment() {
                    return "billing";
                }
            };
            reply = LambdaRuntime.invoke(function, event);
        }

        assertThat(reply).isEqualTo("{\"batchItemFailures\":[{\"itemIdentifier\":\"" + bad.getMessageId() + "\"}]}");
        assertThat(new String(event, StandardCharsets.UTF_8)).startsWith("{\"Records\":[");
    }

    @Test
    void aPoisonMessageEndsInTheDeadLetterQueueAndTheRestIsConsumed() throws Exception {
        String poison = "poison-" + UUID.randomUUID();
        String healthy = "order-" + UUID.randomUUID();
        OutboxRelay relay = orders.relay(orders.sqs, RelayPolicy.DEFAULTS);
        Outbox outbox = new Outbox(orders.transactions, orders.json, Clock.systemUTC(), relay::publish);
        for (String order : List.of(poison, healthy)) {
            orders.transactions.inTransaction(() -> outbox.append(new DomainEvent("OrderCancelled", "Order", order,
                    new OrderPlaced(order, 1))));
        }

        try (QueuePoller ignored = new QueuePoller(orders.sqs, orders.queues.urlOf("billing"), billing.consumer(),
                "billing")) {
            Eventually.within(30, () -> orders.approximateDepth("billing-dlq") == 1
                    && billing.count("SELECT count(*) FROM charges WHERE order_id = '" + healthy + "'") == 1);
        }

        assertThat(orders.drain("billing-dlq")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains(poison));
    }

    private static EventEnvelope event(String type, String order, String correlationId) throws Exception {
        return new EventEnvelope(UUID.randomUUID(), type, "Order", order, 1, Instant.now(), correlationId,
                ObjectMapper.getDefault().writeValueToTree(new OrderPlaced(order, 2)));
    }

    private static SQSEvent.SQSMessage message(EventEnvelope event) throws Exception {
        return LambdaRuntime.sqsMessage("m-" + UUID.randomUUID(), ObjectMapper.getDefault().writeValueAsString(event));
    }
}
