package dev.nova.events;

import com.zaxxer.hikari.HikariDataSource;
import dev.nova.invocation.Primer;
import dev.nova.kernel.RateLimiter;
import dev.nova.persistence.DataSourceSettings;
import dev.nova.persistence.DomainDataSources;
import dev.nova.persistence.JdbcRateLimiter;
import dev.nova.persistence.Transactions;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.sqs.SqsClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;

/**
 * What every domain function with a database gets alike: its pool, its {@link Transactions}, a clock (tests register
 * one of their own), and its {@link DomainEvents} for the domain its schema is named after, with the routing the
 * context provides ({@code routing/NovaRouting}). Active only in contexts configured with a domain schema.
 *
 * <p>The pool is the context's default {@code DataSource}: Micronaut Data makes its transaction manager, its
 * connection operations and its repositories' operations for it, and wraps the bean so that a connection asked for
 * inside a transaction is the transaction's. The wrapped bean has no {@code close}, so the factory closes the pool
 * it opened when the context stops.
 */
@Factory
@Requires(property = "nova.datasource.schema")
public class DomainInfrastructureFactory {

    private volatile HikariDataSource pool;

    @Singleton
    @Named("default")
    DataSource dataSource(DataSourceSettings settings) {
        pool = DomainDataSources.open(settings);
        return pool;
    }

    @PreDestroy
    void closePool() {
        if (pool != null) {
            pool.close();
        }
    }

    /**
     * Warms the database path during init: the pool's first connection (with its login, an IAM auth token in AWS),
     * the driver, and Micronaut Data's transaction and connection handling, with one {@code SELECT 1} in a
     * transaction. micronaut-crac closes the connection before a SnapStart snapshot.
     */
    @Singleton
    Primer databasePrimer(Transactions transactions) {
        return () -> transactions.inTransaction(() -> transactions.withConnection(connection -> {
            try (Statement statement = connection.createStatement()) {
                return statement.execute("SELECT 1");
            }
        }));
    }

    /** Warms the SQS client and the relay's queue URLs during init ({@link DomainEvents#primeQueues}). */
    @Singleton
    Primer eventsPrimer(DomainEvents events) {
        return events::primeQueues;
    }

    /** The domain's transactions: Micronaut Data's transaction manager and connection operations for its pool. */
    /** Per-user and per-address write limits, in the domain's own {@code rate_limits} table. */
    @Singleton
    RateLimiter rateLimiter(Transactions transactions, Clock clock,
                            @Value("${nova.rate-limits.scale:1}") double scale) {
        return new JdbcRateLimiter(transactions, clock, scale);
    }

    @Singleton
    Transactions transactions(DataSource dataSource, TransactionOperations<Connection> transactions,
                              ConnectionOperations<Connection> connections) {
        return new Transactions(transactions, connections, () -> DomainDataSources.statementsIssued(dataSource));
    }

    @Singleton
    @Secondary
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(preDestroy = "close")
    @Singleton
    DomainEvents domainEvents(DataSourceSettings settings, Transactions transactions, JsonMapper json,
                              EventsSettings events, EventRouting routing, SqsClient sqs) {
        return new DomainEvents(settings.schema(), transactions, json, events, routing, sqs);
    }
}
