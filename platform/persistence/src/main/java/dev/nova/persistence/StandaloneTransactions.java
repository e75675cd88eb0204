package dev.nova.persistence;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.transaction.TransactionOperations;

import javax.sql.DataSource;
import java.sql.Connection;

/**
 * {@link Transactions} over a pool that lives outside a domain's context (platform tests, benchmarks, tools): a
 * small context holding only the pool, for which Micronaut Data makes its transaction manager and connection
 * operations as it does in a domain function. Close it when done; the pool stays open.
 */
public final class StandaloneTransactions implements AutoCloseable {

    private final ApplicationContext context;
    private final Transactions transactions;

    private StandaloneTransactions(ApplicationContext context, DataSource dataSource) {
        this.context = context;
        this.transactions = new Transactions(
                context.getBean(Argument.of(TransactionOperations.class, Connection.class)),
                context.getBean(Argument.of(ConnectionOperations.class, Connection.class)),
                () -> DomainDataSources.statementsIssued(dataSource));
    }

    public static StandaloneTransactions over(DataSource dataSource) {
        ApplicationContext context = ApplicationContext.builder()
                .deduceEnvironment(false)
                .environments("standalone-transactions")
                .build();
        // Micronaut Data makes one transaction manager and one connection operations per named data source.
        context.registerSingleton(DataSource.class, dataSource, Qualifiers.byName("default"));
        return new StandaloneTransactions(context.start(), dataSource);
    }

    public Transactions transactions() {
        return transactions;
    }

    @Override
    public void close() {
        context.close();
    }
}
