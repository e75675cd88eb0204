package dev.nova.events;

import com.zaxxer.hikari.HikariDataSource;
import dev.nova.persistence.DataSourceSettings;
import dev.nova.persistence.DomainDataSources;
import dev.nova.persistence.Transactions;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Secondary;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Clock;

/**
 * What every domain function with a database gets alike: its pool, its {@link Transactions}, a clock (tests register
 * one of their own), and its {@link DomainEvents} for the domain its schema is named after, with the routing the
 * context provides ({@code routing/NovaRouting}). Active only in contexts configured with a domain schema.
 */
@Factory
@Requires(property = "nova.datasource.schema")
public class DomainInfrastructureFactory {

    @Bean(preDestroy = "close")
    @Singleton
    HikariDataSource dataSource(DataSourceSettings settings) {
        return DomainDataSources.open(settings);
    }

    @Singleton
    Transactions transactions(HikariDataSource dataSource) {
        return new Transactions(dataSource);
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
