package dev.nova.gateway.config;

import dev.nova.gateway.auth.AccessTokenVerifier;
import dev.nova.gateway.auth.IdentityKeySource;
import dev.nova.gateway.auth.SessionRevocations;
import dev.nova.gateway.graphql.DomainFields;
import dev.nova.gateway.graphql.GraphQlEngine;
import dev.nova.gateway.graphql.GraphQlModule;
import dev.nova.gateway.graphql.QueryLimits;
import dev.nova.gateway.identity.IdentityModule;
import dev.nova.gateway.media.MediaModule;
import dev.nova.gateway.users.UsersModule;
import dev.nova.invocation.DomainInvoker;
import dev.nova.invocation.InvocationCodec;
import graphql.GraphQL;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * Wires the gateway. The domain modules listed in {@link #modules} are the whole API: a new domain adds its module
 * there (and the contract test then asks for its part of {@code graphql-api/schema.graphql}).
 */
@Factory
@Requires(env = "gateway")
public class GatewayConfiguration {

    @Singleton
    GraphQlEngine graphQlEngine(DomainInvoker invoker, InvocationCodec codec, GatewaySettings settings) {
        return new GraphQlEngine(modules(new DomainFields(invoker, codec)), QueryLimits.DEFAULTS,
                settings.introspection());
    }

    /** Every domain's part of the API, calling the domains through {@code fields}. */
    public static List<GraphQlModule> modules(DomainFields fields) {
        return List.of(new IdentityModule(fields), new UsersModule(fields), new MediaModule(fields));
    }

    /** The schema micronaut-graphql serves: its controller and WebSocket handler find it as this bean. */
    @Singleton
    GraphQL graphQL(GraphQlEngine engine) {
        return engine.graphQL();
    }

    @Singleton
    AccessTokenVerifier accessTokens(DomainInvoker invoker, GatewaySettings settings) {
        return new AccessTokenVerifier(new IdentityKeySource(invoker, Clock.systemUTC()),
                new SessionRevocations(invoker, Clock.systemUTC()), settings.issuer(), settings.audience(),
                Clock.systemUTC());
    }
}
