package dev.nova.migrations;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.nova.observability.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Map;

/**
 * The deploy-time migrations' Lambda entry, {@code dev.nova.migrations.DatabaseMigrationsFunction::handleRequest}:
 * the onEvent handler of a CDK custom resource provider, called with the CloudFormation event. Create and Update
 * provision and migrate every domain (see {@link MigrationRequest} for the properties); Delete does nothing, since
 * data is never dropped. Throwing fails the deployment, which is what a failed migration must do.
 */
public final class DatabaseMigrationsFunction implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    static final String PHYSICAL_RESOURCE_ID = "nova-database-migrations";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigrationsFunction.class);

    private final DatabaseMigrations migrations;

    public DatabaseMigrationsFunction() {
        this(new DatabaseMigrations(SecretsManagerLogins.at(awsEndpoint(System.getenv("NOVA_AWS_ENDPOINT")))));
    }

    public DatabaseMigrationsFunction(DatabaseMigrations migrations) {
        this.migrations = migrations;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        String requestType = String.valueOf(event.get("RequestType"));
        try (CorrelationId.Scope ignored = CorrelationId.open(CorrelationId.sanitized(text(event, "RequestId")))) {
            return switch (requestType) {
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

    private Map<String, Object> migrate(Map<String, Object> event, String physicalResourceId) {
        MigrationRequest request = MigrationRequest.from(resourceProperties(event));
        LOG.info("{} of {}: migrating {} to version {}", event.get("RequestType"), physicalResourceId,
                request.domains(), request.version());
        int executed = migrations.apply(request);
        LOG.info("{} migrations executed in {}", executed, request.domains());
        Map<String, Object> data = Map.of("Migrations", Integer.toString(executed),
                "Domains", String.join(",", request.domains()));
        return Map.of("PhysicalResourceId", physicalResourceId, "Data", data);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resourceProperties(Map<String, Object> event) {
        // Lambda's runtime reads the event's JSON objects as maps with string keys.
        return event.get("ResourceProperties") instanceof Map<?, ?> properties
                ? (Map<String, Object>) properties : null;
    }

    /** The id CloudFormation knows the resource by: kept as given, so that an Update never replaces it. */
    private static String physicalResourceId(Map<String, Object> event) {
        String given = text(event, "PhysicalResourceId");
        return given == null || given.isBlank() ? PHYSICAL_RESOURCE_ID : given;
    }

    private static String text(Map<String, Object> event, String key) {
        Object value = event.get(key);
        return value == null ? null : value.toString();
    }

    private static URI awsEndpoint(String value) {
        return value == null || value.isBlank() ? null : URI.create(value);
    }
}
