package dev.nova.migrations;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import dev.nova.invocation.FunctionContexts;
import dev.nova.observability.CorrelationId;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.util.Map;

/**
 * The deploy-time migrations' Lambda entry, {@code dev.nova.migrations.DatabaseMigrationsFunction::handleRequest}:
 * the onEvent handler of a CDK custom resource provider, on micronaut-function-aws with the
 * {@link CloudFormationCustomResourceEvent} of aws-lambda-java-events. Create and Update provision and migrate every
 * domain (see {@link MigrationRequest} for the properties); Delete does nothing, since data is never dropped.
 * Throwing fails the deployment, which is what a failed migration must do. Its context ({@value #ENVIRONMENT})
 * holds the Secrets Manager client that micronaut-aws-sdk-v2 makes, which reads the database logins.
 */
public final class DatabaseMigrationsFunction
        extends MicronautRequestHandler<CloudFormationCustomResourceEvent, Map<String, Object>> {

    public static final String ENVIRONMENT = "migrations";
    static final String PHYSICAL_RESOURCE_ID = "nova-database-migrations";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigrationsFunction.class);

    private final DatabaseMigrations migrations;

    public DatabaseMigrationsFunction() {
        super();
        this.migrations = migrations(applicationContext);
    }

    /** Migrates with a context started elsewhere (tests), whose Secrets Manager client holds the logins. */
    public DatabaseMigrationsFunction(ApplicationContext context) {
        super(context);
        this.migrations = migrations(context);
    }

    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return FunctionContexts.lambda(ENVIRONMENT);
    }

    @Override
    public Map<String, Object> execute(CloudFormationCustomResourceEvent event) {
        String requestType = event.getRequestType();
        try (CorrelationId.Scope ignored = CorrelationId.open(CorrelationId.sanitized(event.getRequestId()))) {
            return switch (requestType == null ? "" : requestType) {
                case "Create" -> migrate(event, PHYSICAL_RESOURCE_ID);
                case "Update" -> migrate(event, physicalResourceId(event));
                case "Delete" -> {
                    LOG.info("Delete of {}: nothing to do, the data stays", physicalResourceId(event));
                    yield Map.of("PhysicalResourceId", physicalResourceId(event), "Data", Map.of());
                }
                default -> throw new IllegalArgumentException(
                        "RequestType must be Create, Update or Delete, not " + requestType);
            };
        }
    }

    private Map<String, Object> migrate(CloudFormationCustomResourceEvent event, String physicalResourceId) {
        MigrationRequest request = MigrationRequest.from(event.getResourceProperties());
        LOG.info("{} of {}: migrating {} to version {}", event.getRequestType(), physicalResourceId,
                request.domains(), request.version());
        int executed = migrations.apply(request);
        LOG.info("{} migrations executed in {}", executed, request.domains());
        Map<String, Object> data = Map.of("Migrations", Integer.toString(executed),
                "Domains", String.join(",", request.domains()));
        return Map.of("PhysicalResourceId", physicalResourceId, "Data", data);
    }

    /** The id CloudFormation knows the resource by: kept as given, so that an Update never replaces it. */
    private static String physicalResourceId(CloudFormationCustomResourceEvent event) {
        String given = event.getPhysicalResourceId();
        return given == null || given.isBlank() ? PHYSICAL_RESOURCE_ID : given;
    }

    private static DatabaseMigrations migrations(ApplicationContext context) {
        return new DatabaseMigrations(new SecretsManagerLogins(context.getBean(SecretsManagerClient.class)));
    }
}
