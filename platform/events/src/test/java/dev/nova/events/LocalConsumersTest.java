package dev.nova.events;

import com.zaxxer.hikari.HikariDataSource;
import dev.nova.persistence.DomainDataSources;
import dev.nova.persistence.StandaloneTransactions;
import dev.nova.testing.TestPostgres;
import dev.nova.testing.TestSqs;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The local runtime polls the queue of every route whose consumer runs locally, and only those. */
class LocalConsumersTest {

    @Test
    void aRunningConsumersQueueIsPolledAndItsEventsHandled() throws Exception {
        EventRouting routing = EventRouting.builder()
                .route("ship-orders", "shipping", Set.of("OrderPlaced"))
                .route("bill-orders", "billing", Set.of("OrderPlaced"))
                .build();
        String prefix = "lc-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> handled = new CopyOnWriteArrayList<>();
        SqsClient sqs = TestSqs.client();
        try (HikariDataSource dataSource = DomainDataSources.open(TestPostgres.newDomainDatabase("shipping"));
             StandaloneTransactions standalone = StandaloneTransactions.over(dataSource)) {
            LocalQueues.create(sqs, routing, prefix, 30);
            EventConsumer shipping = new EventConsumer("shipping", new EventHandlers()
                    .on("OrderPlaced", Placed.class, (event, order) -> handled.add(order.orderId())),
                    standalone.transactions(), ObjectMapper.getDefault(), Clock.systemUTC());
            String url = sqs.getQueueUrl(r -> r.queueName(prefix + "ship-orders")).queueUrl();
            sqs.sendMessage(r -> r.queueUrl(url).messageBody("{\"id\":\"" + UUID.randomUUID() + "\",\"type\":"
                    + "\"OrderPlaced\",\"aggregateType\":\"Order\",\"aggregateId\":\"o-1\",\"sequence\":1,"
                    + "\"occurredAt\":\"2026-11-22T05:00:00Z\",\"payload\":{\"orderId\":\"o-1\"}}"));

            try (LocalConsumers consumers = new LocalConsumers(sqs, routing, prefix, Map.of("shipping", shipping))) {
                long deadline = System.nanoTime() + 15_000_000_000L;
                while (handled.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                assertThat(consumers.pollerCount()).as("billing does not run here").isEqualTo(1);
            }
        }
        assertThat(handled).containsExactly("o-1");
    }

    /** The test event's payload. */
    @Serdeable
    record Placed(String orderId) {
    }
}
