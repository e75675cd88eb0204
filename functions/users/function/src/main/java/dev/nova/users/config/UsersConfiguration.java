package dev.nova.users.config;

import dev.nova.events.DomainEvents;
import dev.nova.events.EventConsumer;
import dev.nova.events.EventHandlers;
import dev.nova.events.OutboxOperations;
import dev.nova.identity.api.IdentityEvents;
import dev.nova.identity.api.UserDeleted;
import dev.nova.identity.api.UserRegistered;
import dev.nova.identity.api.UsernameChanged;
import dev.nova.invocation.DomainOperations;
import dev.nova.invocation.Primer;
import dev.nova.persistence.Transactions;
import dev.nova.users.adapter.in.lambda.UsersOperations;
import dev.nova.users.adapter.out.events.OutboxUserEvents;
import dev.nova.users.adapter.out.persistence.JdbcGraph;
import dev.nova.users.adapter.out.persistence.JdbcProfiles;
import dev.nova.users.adapter.out.persistence.GraphRepository;
import dev.nova.users.adapter.out.persistence.JdbcReports;
import dev.nova.users.adapter.out.persistence.ProfileRepository;
import dev.nova.users.adapter.out.persistence.ReportRepository;
import dev.nova.users.api.UsersApi;
import dev.nova.users.application.AccountLifecycle;
import dev.nova.users.application.Blocking;
import dev.nova.users.application.FollowGraph;
import dev.nova.users.application.Moderation;
import dev.nova.users.application.ProfileEditing;
import dev.nova.users.application.ProfileQueries;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.UUID;

/** Wires the users domain: the only class of the domain that knows the framework. */
@Factory
@Requires(env = "users")
public class UsersConfiguration {

    @Singleton
    JdbcProfiles profiles(ProfileRepository repository) {
        return new JdbcProfiles(repository);
    }

    @Singleton
    JdbcGraph graph(GraphRepository repository) {
        return new JdbcGraph(repository);
    }

    @Singleton
    DomainOperations usersOperations(JdbcProfiles profiles, JdbcGraph graph, ReportRepository reports,
                                     Transactions transactions, DomainEvents events, Clock clock) {
        OutboxUserEvents userEvents = new OutboxUserEvents(events.outbox());
        FollowGraph follows = new FollowGraph(profiles, graph, userEvents, transactions, clock);
        return UsersOperations.bind(
                new ProfileQueries(profiles, graph, clock),
                new ProfileEditing(profiles, follows, userEvents, transactions, clock),
                follows,
                new Blocking(profiles, graph, follows, userEvents, transactions, clock),
                new Moderation(profiles, new JdbcReports(reports), clock),
                new OutboxOperations(UsersApi.DOMAIN, events));
    }

    /** Warms the profile read that most requests start with: a lookup of a username no one can hold. */
    @Singleton
    Primer usersPrimer(JdbcProfiles profiles) {
        return () -> profiles.byUsername("nova priming", new UUID(0, 0));
    }

    /** The consumer of identity's account events: profiles follow accounts. */
    @Singleton
    EventConsumer identityEvents(JdbcProfiles profiles, JdbcGraph graph, Transactions transactions, JsonMapper json,
                                 Clock clock) {
        AccountLifecycle lifecycle = new AccountLifecycle(profiles, graph);
        EventHandlers handlers = new EventHandlers()
                .on(IdentityEvents.USER_REGISTERED, UserRegistered.class, (event, payload) ->
                        lifecycle.registered(payload))
                .on(IdentityEvents.USERNAME_CHANGED, UsernameChanged.class, (event, payload) ->
                        lifecycle.usernameChanged(payload))
                .on(IdentityEvents.USER_DELETED, UserDeleted.class, (event, payload) -> lifecycle.deleted(payload));
        return new EventConsumer(UsersApi.DOMAIN, handlers, transactions, json, clock);
    }
}
