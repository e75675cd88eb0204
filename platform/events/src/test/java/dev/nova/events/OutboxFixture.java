package dev.nova.events;

import com.zaxxer.hikari.HikariDataSource;
import dev.nova.persistence.DataSourceSettings;
import dev.nova.persistence.DomainDataSources;
import dev.nova.persistence.StandaloneTransactions;
import dev.nova.persistence.Transactions;
import dev.nova.testing.TestPostgres;
import dev.nova.testing.TestSqs;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.net.URI;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test domain "orders" with its own schema in the shared PostgreSQL, and its own queues in the shared ElasticMQ
 * (names unique per fixture).
 */
final class OutboxFixture implements AfterAllCallback {

    private static final AtomicInteger FIXTURES = new AtomicInteger();

    final ObjectMapper json = ObjectMapper.getDefault();
    final HikariDataSource dataSource;
    final StandaloneTransactions standalone;
    final Transactions transactions;
    final SqsClient sqs;
    final String prefix = "t" + FIXTURES.incrementAndGet() + "-";
    final QueueDirectory queues;
    final ExecutorService calls = Executors.newFixedThreadPool(8);
    final EventRouting routing = EventRouting.builder()
            .route("billing", "billing", Set.of("OrderPlaced", "OrderCancelled"))
            .route("shipping", "shipping", Set.of("OrderPlaced"))
            .build();

    OutboxFixture() {
        this(TestSqs.server().endpoint());
    }

    /** The fixture on another SQS: LocalStack's, in the tests tagged {@code localstack}. */
    OutboxFixture(URI sqsEndpoint) {
        DataSourceSettings settings = TestPostgres.newDomainDatabase("orders");
        dataSource = DomainDataSources.open(DataSourceSettings.migratedAtStart(settings.url(), settings.username(),
                settings.password(), settings.schema(), 12));
        standalone = StandaloneTransactions.over(dataSource);
        transactions = standalone.transactions();
        sqs = SqsClient.builder().endpointOverride(sqsEndpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
        queues = new QueueDirectory(sqs, prefix);
        LocalQueues.create(sqs, routing, prefix, 2);
    }

    OutboxRelay relay(SqsClient client, RelayPolicy policy) {
        SqsPublisher publisher = new SqsPublisher(client, new QueueDirectory(client, prefix), json, calls);
        return new OutboxRelay("orders", transactions, publisher, routing, policy, json, Clock.systemUTC());
    }

    /** Receives and deletes everything now in {@code queue}. */
    List<Message> drain(String queue) {
        List<Message> all = new ArrayList<>();
        while (true) {
            List<Message> got = sqs.receiveMessage(r -> r.queueUrl(queues.urlOf(queue)).maxNumberOfMessages(10)
                    .messageAttributeNames("All").waitTimeSeconds(0)).messages();
            if (got.isEmpty()) {
                return all;
            }
            all.addAll(got);
            got.forEach(m -> sqs.deleteMessage(d -> d.queueUrl(queues.urlOf(queue)).receiptHandle(m.receiptHandle())));
        }
    }

    long count(String sql) {
        return transactions.withConnection(connection -> {
            try (ResultSet row = connection.createStatement().executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    int approximateDepth(String queue) {
        return attribute(queue, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
    }

    /** Messages waiting plus messages received and not yet deleted: zero once every consumer is done. */
    int inFlightOrWaiting(String queue) {
        return approximateDepth(queue) + attribute(queue, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE);
    }

    private int attribute(String queue, QueueAttributeName name) {
        Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(r -> r.queueUrl(queues.urlOf(queue))
                .attributeNames(name)).attributes();
        return Integer.parseInt(attributes.get(name));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        calls.shutdownNow();
        sqs.close();
        standalone.close();
        dataSource.close();
    }
}
