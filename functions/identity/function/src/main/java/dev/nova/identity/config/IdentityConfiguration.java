package dev.nova.identity.config;

import com.zaxxer.hikari.HikariDataSource;
import dev.nova.events.DomainEvents;
import dev.nova.events.EventsSettings;
import dev.nova.events.OutboxSweep;
import dev.nova.identity.adapter.in.lambda.IdentityOperations;
import dev.nova.identity.adapter.out.events.OutboxAccountEvents;
import dev.nova.identity.adapter.out.persistence.JdbcAccounts;
import dev.nova.identity.adapter.out.persistence.JdbcSessions;
import dev.nova.identity.adapter.out.security.Argon2idPasswordHasher;
import dev.nova.identity.adapter.out.security.JwkSigningKeys;
import dev.nova.identity.adapter.out.security.JwtAccessTokens;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.application.ListRevocations;
import dev.nova.identity.application.ListSessions;
import dev.nova.identity.application.LogIn;
import dev.nova.identity.application.LogOut;
import dev.nova.identity.application.LogOutEverywhere;
import dev.nova.identity.application.RefreshSession;
import dev.nova.identity.application.RegisterAccount;
import dev.nova.identity.application.RevokeSession;
import dev.nova.identity.application.SessionIssuer;
import dev.nova.identity.application.ShowAccount;
import dev.nova.invocation.DomainOperations;
import dev.nova.persistence.DataSourceSettings;
import dev.nova.persistence.DomainDataSources;
import dev.nova.persistence.Transactions;
import dev.nova.routing.NovaRouting;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Wires the identity domain: the only class of the domain that knows the framework. */
@Factory
@Requires(env = "identity")
public class IdentityConfiguration {

    @Bean(preDestroy = "close")
    @Singleton
    HikariDataSource dataSource(DataSourceSettings settings) {
        return DomainDataSources.open(settings);
    }

    @Singleton
    Transactions transactions(HikariDataSource dataSource) {
        return new Transactions(dataSource);
    }

    @Bean(preDestroy = "close")
    @Singleton
    DomainEvents domainEvents(Transactions transactions, JsonMapper json, EventsSettings settings) {
        return new DomainEvents(IdentityApi.DOMAIN, transactions, json, settings, NovaRouting.ROUTING);
    }

    @Singleton
    DomainOperations identityOperations(Transactions transactions, DomainEvents events, IdentitySettings settings) {
        Clock clock = Clock.systemUTC();
        JdbcAccounts accounts = new JdbcAccounts(transactions);
        Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();
        JwkSigningKeys keys = JwkSigningKeys.parse(settings.privateJwkSet());
        JwtAccessTokens tokens = new JwtAccessTokens(keys, settings.issuer(), settings.audience(),
                settings.accessTokenLifetime(), clock);
        JdbcSessions sessionStore = new JdbcSessions(transactions);
        SessionIssuer sessions = new SessionIssuer(sessionStore, tokens, settings.sessionLifetime(), clock);
        return IdentityOperations.bind(
                new RegisterAccount(accounts, new OutboxAccountEvents(events.outbox()), hasher, sessions, transactions,
                        clock),
                new LogIn(accounts, hasher, sessions),
                new RefreshSession(accounts, sessionStore, sessions, transactions, clock),
                new IdentityOperations.SessionEndings(new ListSessions(sessionStore, clock),
                        new LogOut(sessionStore, clock), new LogOutEverywhere(sessionStore, clock),
                        new RevokeSession(sessionStore, clock),
                        new ListRevocations(sessionStore, settings.accessTokenLifetime(), clock)),
                new ShowAccount(accounts),
                keys,
                new OutboxSweep(IdentityApi.DOMAIN, events));
    }
}
