package dev.nova.cdk;

/**
 * The functions Nova deploys beside its domains' (which come from {@code dev.nova.routing.NovaDomains}): their
 * jars and handlers.
 */
public final class NovaFunctions {

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
    /** media's consumer of S3's notifications of created uploads (the second way an upload completes). */
    public static final String UPLOAD_NOTIFICATIONS_HANDLER =
            "dev.nova.media.adapter.in.lambda.UploadNotificationsFunction::handleRequest";
    public static final String SIGNING_KEY_ROTATION_HANDLER =
            "dev.nova.identity.adapter.in.lambda.SigningKeyRotationFunction::handleRequest";

    private NovaFunctions() {
    }
}
