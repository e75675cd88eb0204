package dev.nova.events;

import com.zaxxer.hikari.HikariDataSource;
import dev.nova.persistence.DataSourceSettings;
import dev.nova.persistence.DomainDataSources;
import dev.nova.persistence.StandaloneTransactions;
import dev.nova.persistence.Transactions;
import dev.nova.testing.TestPostgres;
import io.micronaut.serde.ObjectMapper;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A consuming domain "billing" with its own schema, inbox and an effect table that would show double effects. */
final class BillingFixture implements AutoCloseable {

    final HikariDataSource dataSource;
    final StandaloneTransactions standalone;
    final Transactions transactions;
    final List<String> correlationIds = new CopyOnWriteArrayList<>();

    BillingFixture() {
        DataSourceSettings settings = TestPostgres.newDomainDatabase("billing");
        dataSource = DomainDataSources.open(DataSourceSettings.migratedAtStart(settings.url(), settings.username(),
                settings.password(), settings.schema(), 6));
        standalone = StandaloneTransactions.over(dataSource);
        transactions = standalone.transactions();
    }

    EventConsumer consumer() {
        EventHandlers handlers = new EventHandlers()
                .on("OrderCancelled", OrderPlaced.class, (event, order) -> charge(order))
                .on("OrderPlaced", OrderPlaced.class, (event, order) -> {
                    correlationIds.add(dev.nova.observability.CorrelationId.current());
                    charge(order);
                });
        return new EventConsumer("billing", handlers, transactions, ObjectMapper.getDefault(), Clock.systemUTC());
    }

    private void charge(OrderPlaced order) {
        if (order.orderId().startsWith("poison")) {
            throw new IllegalArgumentException("cannot charge " + order.orderId());
        }
        transactions.withConnection(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO charges (order_id, items) VALUES (?, ?)")) {
                insert.setString(1, order.orderId());
                insert.setInt(2, order.items());
                return insert.executeUpdate();
            }
        });
    }

    long count(String sql) {
        return transactions.withConnection(connection -> {
            try (ResultSet row = connection.createStatement().executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    @Override
    public void close() {
        standalone.close();
        dataSource.close();
    }
}
