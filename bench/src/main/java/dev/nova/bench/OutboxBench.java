package dev.nova.bench;

import com.gruelbox.transactionoutbox.Dialect;
import com.gruelbox.transactionoutbox.Instantiator;
import com.gruelbox.transactionoutbox.Persistor;
import com.gruelbox.transactionoutbox.Submitter;
import com.gruelbox.transactionoutbox.ThreadLocalContextTransactionManager;
import com.gruelbox.transactionoutbox.TransactionManager;
import com.gruelbox.transactionoutbox.TransactionOutbox;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.nova.events.CoalescingFastPath;
import dev.nova.events.DomainEvent;
import dev.nova.events.EventRouting;
import dev.nova.events.Outbox;
import dev.nova.events.OutboxRelay;
import dev.nova.events.QueueDirectory;
import dev.nova.events.RelayPolicy;
import dev.nova.events.RelayRound;
import dev.nova.events.SqsPublisher;
import dev.nova.invocation.AwsStandIns;
import dev.nova.persistence.DataSourceSettings;
import dev.nova.persistence.DomainDataSources;
import dev.nova.persistence.SchemaProvisioning;
import dev.nova.persistence.StandaloneTransactions;
import dev.nova.persistence.Transactions;
import dev.nova.standins.LocalPostgres;
import dev.nova.standins.LocalSqs;
import io.micronaut.context.ApplicationContext;
import io.micronaut.serde.ObjectMapper;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outbox relay benchmark: the same events, written by the same concurrent transactions to the same PostgreSQL and
 * delivered to the same ElasticMQ queue, by Nova's fast path, by Nova's sweeper alone, and by gruelbox
 * transaction-outbox. It prints throughput (events/s from the first commit to the last arrival) and commit-to-queue
 * latency (p50, p99), and the ratios to gruelbox.
 *
 * <p>Run from the project root: {@code ./mvnw -q package -DskipTests && java -cp bench/target/nova-bench.jar
 * dev.nova.bench.OutboxBench [--events N] [--writers W]}.
 */
public final class OutboxBench {

    private static final Pattern ORDER = Pattern.compile("\"(?:aggregateId|orderId)\":\"([^\"]+)\"");
    private static final String QUEUE = "bench-events";

    private OutboxBench() {
    }

    public static void main(String[] args) throws Exception {
        int events = option(args, "--events", 20_000);
        int writers = option(args, "--writers", 4);
        try (LocalPostgres postgres = LocalPostgres.ephemeral(); LocalSqs sqs = LocalSqs.start(0);
             ApplicationContext aws = AwsStandIns.clients(SqsClient.SERVICE_NAME, sqs.endpoint())) {
            SqsClient client = aws.getBean(SqsClient.class);
            String queueUrl = client.createQueue(r -> r.queueName(QUEUE)).queueUrl();
            System.out.printf("%d events, %d writer threads, one event per transaction%n%n", events, writers);
            System.out.println("| relay | events | events/s | p50 commit-to-queue (ms) | p99 (ms) |");
            System.out.println("|---|---|---|---|---|");
            Latencies fast = nova(postgres, client, queueUrl, events, writers, true);
            System.out.println(fast.row("Nova fast path (sweeper as 1 s backstop)"));
            Latencies sweeper = nova(postgres, client, queueUrl, events, writers, false);
            System.out.println(sweeper.row("Nova sweeper alone"));
            Latencies gruelbox = gruelbox(postgres, client, queueUrl, events, writers);
            System.out.println(gruelbox.row("gruelbox transaction-outbox 4.2.268"));
            System.out.printf("%nthroughput ratio, Nova fast path / gruelbox: %.2f; Nova sweeper / gruelbox: %.2f%n",
                    fast.throughput() / gruelbox.throughput(), sweeper.throughput() / gruelbox.throughput());
        }
    }

    private static Latencies nova(LocalPostgres postgres, SqsClient sqs, String queueUrl, int events, int writers,
                                  boolean fastPath) throws Exception {
        DataSourceSettings settings = domainDatabase(postgres, fastPath ? "fast" : "sweep");
        ObjectMapper json = ObjectMapper.getDefault();
        ExecutorService sends = Executors.newFixedThreadPool(RelayPolicy.DEFAULTS.inFlightBatches());
        Latencies latencies = new Latencies();
        try (HikariDataSource dataSource = DomainDataSources.open(settings);
             StandaloneTransactions standalone = StandaloneTransactions.over(dataSource);
             QueueReceiver ignored = new QueueReceiver(sqs, queueUrl, latencies, OutboxBench::orderOf)) {
            Transactions transactions = standalone.transactions();
            EventRouting routing = EventRouting.builder().route(QUEUE, "bench", Set.of("OrderPlaced")).build();
            SqsPublisher publisher = new SqsPublisher(sqs, new QueueDirectory(sqs, ""), json, sends);
            OutboxRelay relay = new OutboxRelay("orders", transactions, publisher, routing, RelayPolicy.DEFAULTS, json,
                    Clock.systemUTC());
            CoalescingFastPath coalescing = new CoalescingFastPath(relay);
            Outbox outbox = new Outbox(transactions, json, Clock.systemUTC(), fastPath ? coalescing : ids -> { });
            AtomicBoolean writing = new AtomicBoolean(true);
            // With a fast path the sweeper is the backstop (every minute in AWS, every second here); alone it polls.
            Thread sweeper = sweeper(relay, writing, fastPath ? 1_000 : 10);
            write(events, writers, order -> transactions.inTransaction(() -> {
                transactions.afterCommit(() -> latencies.committed(order));
                return outbox.append(new DomainEvent("OrderPlaced", "Order", order, Map.of("orderId", order)));
            }));
            awaitArrivals(latencies, events);
            writing.set(false);
            sweeper.join();
            coalescing.close();
        } finally {
            sends.shutdownNow();
        }
        return latencies;
    }

    private static Latencies gruelbox(LocalPostgres postgres, SqsClient sqs, String queueUrl, int events,
                                      int writers) throws Exception {
        createDatabase(postgres, "gruelbox");
        ExecutorService submitter = Executors.newFixedThreadPool(RelayPolicy.DEFAULTS.inFlightBatches());
        Latencies latencies = new Latencies();
        try (HikariDataSource dataSource = pool(postgres.jdbcUrl("gruelbox"));
             QueueReceiver ignored = new QueueReceiver(sqs, queueUrl, latencies, OutboxBench::orderOf)) {
            ThreadLocalContextTransactionManager transactions = TransactionManager.fromDataSource(dataSource);
            GruelboxSender sender = new GruelboxSender(sqs, queueUrl);
            TransactionOutbox outbox = TransactionOutbox.builder()
                    .transactionManager(transactions)
                    .persistor(Persistor.forDialect(Dialect.POSTGRESQL_9))
                    .instantiator(Instantiator.using(type -> sender))
                    .submitter(Submitter.withExecutor(submitter))
                    .attemptFrequency(Duration.ofSeconds(1))
                    .build();
            write(events, writers, order -> transactions.inTransaction(transaction -> {
                transaction.addPostCommitHook(() -> latencies.committed(order));
                outbox.schedule(GruelboxSender.class).send(order, "{\"orderId\":\"" + order + "\"}");
            }));
            while (latencies.arrivedCount() < events) {
                outbox.flush();
                Thread.sleep(100);
            }
        } finally {
            submitter.shutdownNow();
        }
        return latencies;
    }

    private static Thread sweeper(OutboxRelay relay, AtomicBoolean writing, long idleMillis) {
        Thread thread = new Thread(() -> {
            while (writing.get()) {
                RelayRound round = relay.drain(20);
                if (round.claimed() == 0 || idleMillis > 100) {
                    sleep(idleMillis);
                }
            }
        }, "bench-sweeper");
        thread.start();
        return thread;
    }

    private static void write(int events, int writers, Consumer<String> oneTransaction) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                for (int i = writer; i < events; i += writers) {
                    oneTransaction.accept("order-" + i);
                }
            }));
        }
        for (Future<?> future : done) {
            future.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
    }

    private static void awaitArrivals(Latencies latencies, int events) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (latencies.arrivedCount() < events && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        if (latencies.arrivedCount() < events) {
            throw new IllegalStateException("only " + latencies.arrivedCount() + " of " + events + " arrived");
        }
    }

    private static DataSourceSettings domainDatabase(LocalPostgres postgres, String name) throws Exception {
        createDatabase(postgres, name);
        try (Connection admin = postgres.adminDataSource(name).getConnection()) {
            SchemaProvisioning.DomainLogin login = SchemaProvisioning.ensure(admin, "outboxbench");
            return DataSourceSettings.migratedAtStart(postgres.jdbcUrl(name), login.username(), login.password(),
                    login.schema(), 16);
        }
    }

    private static void createDatabase(LocalPostgres postgres, String name) throws Exception {
        try (Connection admin = postgres.adminDataSource("postgres").getConnection()) {
            admin.createStatement().execute("CREATE DATABASE " + name);
        }
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setMaximumPoolSize(16);
        return new HikariDataSource(config);
    }

    private static String orderOf(String body) {
        Matcher matcher = ORDER.matcher(body);
        return matcher.find() ? matcher.group(1) : body;
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
