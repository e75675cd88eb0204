package dev.nova.cdk;

import dev.nova.identity.api.IdentityEvents;
import dev.nova.users.api.UsersEvents;

import java.util.List;
import java.util.Optional;

/** The domains Nova deploys, in the order their migrations run. */
public final class NovaDomains {

    public static final Domain IDENTITY = new Domain("identity",
            "functions/identity/function/target/nova-identity.jar",
            "dev.nova.identity.adapter.in.lambda.IdentityFunction::handleRequest",
            Optional.empty(), IdentityEvents.ALL);

    public static final Domain USERS = new Domain("users",
            "functions/users/function/target/nova-users.jar",
            "dev.nova.users.adapter.in.lambda.UsersFunction::handleRequest",
            Optional.of("dev.nova.users.adapter.in.lambda.UsersEventsFunction::handleRequest"), UsersEvents.ALL);

    public static final List<Domain> ALL = List.of(IDENTITY, USERS);

    /** The gateway's jar and handler. */
    public static final String GATEWAY_JAR = "graphql-api/target/nova-graphql-api.jar";
    public static final String GATEWAY_HANDLER = "dev.nova.gateway.lambda.GatewayFunction::handleRequest";

    /** The schedulers' jar and the outbox sweeper's handler. */
    public static final String SCHEDULERS_JAR = "schedulers/target/nova-schedulers.jar";
    public static final String OUTBOX_SWEEPER_HANDLER = "dev.nova.schedulers.OutboxSweeperFunction::handleRequest";

    /** The deploy-time migrations' jar and handler. */
    public static final String MIGRATIONS_JAR = "migrations/target/nova-migrations.jar";
    public static final String MIGRATIONS_HANDLER = "dev.nova.migrations.DatabaseMigrationsFunction::handleRequest";

    /** Identity's signing-key rotation, in identity's jar. */
    public static final String SIGNING_KEY_ROTATION_HANDLER =
            "dev.nova.identity.adapter.in.lambda.SigningKeyRotationFunction::handleRequest";

    private NovaDomains() {
    }

    public static Domain named(String name) {
        return ALL.stream().filter(domain -> domain.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no domain named " + name));
    }
}
