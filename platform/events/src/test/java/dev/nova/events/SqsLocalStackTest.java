package dev.nova.events;

import dev.nova.testing.LocalStack;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.services.sqs.model.Message;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox relay and an event consumer against LocalStack's SQS, in addition to the same paths against ElasticMQ
 * ({@link OutboxRelayTest}, {@link EventConsumerTest}). Runs with {@code ./mvnw -Plocalstack verify} on a machine
 * with Docker; skipped without it.
 */
@Tag("localstack")
@Testcontainers(disabledWithoutDocker = true)
class SqsLocalStackTest {

    @Container
    static final LocalStackContainer LOCALSTACK = LocalStack.with(LocalStackContainer.Service.SQS);

    @Test
    void theRelayPublishesToEverySubscriberAndAConsumerTakesItsEventOffTheQueue() throws Exception {
        OutboxFixture orders = new OutboxFixture(LOCALSTACK.getEndpointOverride(LocalStackContainer.Service.SQS));
        try (BillingFixture billing = new BillingFixture()) {
            OutboxRelay relay = orders.relay(orders.sqs, RelayPolicy.DEFAULTS);
            Outbox outbox = new Outbox(orders.transactions, orders.json, Clock.systemUTC(), relay::publish);
            String order = "order-" + UUID.randomUUID();

            orders.transactions.inTransaction(() ->
                    outbox.append(new DomainEvent("OrderPlaced", "Order", order, new OrderPlaced(order, 2))));

            List<Message> shipping = orders.drain("shipping");
            assertThat(shipping).singleElement().satisfies(m ->
                    assertThat(m.messageAttributes().get(EventAttributes.EVENT_TYPE).stringValue())
                            .isEqualTo("OrderPlaced"));
            try (QueuePoller ignored = new QueuePoller(orders.sqs, orders.queues.urlOf("billing"),
                    billing.consumer(), "billing-localstack")) {
                Eventually.within(20, () ->
                        billing.count("SELECT count(*) FROM charges WHERE order_id = '" + order + "'") == 1);
            }
            assertThat(orders.drain("billing")).as("deleted once consumed").isEmpty();
        } finally {
            orders.afterAll(null);
        }
    }
}
