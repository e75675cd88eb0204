package dev.nova.migrations;

import dev.nova.invocation.AwsStandIns;
import dev.nova.invocation.FunctionContexts;
import dev.nova.testing.LambdaRuntime;
import dev.nova.testing.TestPostgres;
import dev.nova.testing.TestSecretsManager;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The migrations function against a new database of the embedded PostgreSQL, with a Secrets Manager stand-in that
 * answers {@code GetSecretValue} for the secrets it holds, and the sample Create event of {@code sam/events/}
 * pointed at that database.
 */
final class MigrationsFixture implements AutoCloseable {

    static final String ADMIN_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:nova-dev-db-admin-AbCdEf";
    static final String IDENTITY_ARN =
            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:nova-dev-db-identity-GhIjKl";
    static final String USERS_ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:nova-dev-db-users-MnOpQr";
    private static final Path EVENTS = Path.of("..", "sam", "events");

    final String database = TestPostgres.newDatabase();
    final TestSecretsManager secretsManager = new TestSecretsManager();
    final ApplicationContext context = FunctionContexts.start(DatabaseMigrationsFunction.ENVIRONMENT,
            AwsStandIns.endpoint(SecretsManagerClient.SERVICE_NAME, secretsManager.endpoint()));
    final DatabaseMigrationsFunction function = new DatabaseMigrationsFunction(context);

    MigrationsFixture() {
        secretsManager.create(ADMIN_ARN, login("postgres", "trusted-here"));
        secretsManager.create(IDENTITY_ARN, login("nova_identity", UUID.randomUUID().toString()));
        secretsManager.create(USERS_ARN, login("nova_users", UUID.randomUUID().toString()));
    }

    static String login(String username, String password) {
        return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
    }

    /** The sample Create event, its database properties pointed at this fixture's database. */
    Map<String, Object> createEvent() {
        Map<String, Object> event = sampleEvent("migrations-create.json");
        Map<String, Object> properties = properties(event);
        properties.put("Host", "localhost");
        properties.put("Port", Integer.toString(TestPostgres.server().port()));
        properties.put("Database", database);
        properties.put("SslMode", "disable");
        return event;
    }

    static Map<String, Object> event(Map<String, Object> from, String requestType, String physicalResourceId) {
        Map<String, Object> event = new LinkedHashMap<>(from);
        event.put("RequestType", requestType);
        event.put("PhysicalResourceId", physicalResourceId);
        return event;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Map<String, Object> event) {
        return (Map<String, Object>) event.get("ResourceProperties");
    }

    /** Runs {@code event} through the function as Lambda's runtime would: as JSON, read into the typed event. */
    Map<String, Object> run(Map<String, Object> event) {
        try {
            String answer = LambdaRuntime.invoke(function, ObjectMapper.getDefault().writeValueAsBytes(event));
            return ObjectMapper.getDefault().readValue(answer, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Connection connectAs(String secretArn) throws SQLException {
        JsonNode login = JsonNode.parser().parse(secretsManager.secret(secretArn).value("AWSCURRENT"));
        return DriverManager.getConnection(TestPostgres.server().jdbcUrl(database),
                login.field("username").orElseThrow().asString(), login.field("password").orElseThrow().asString());
    }

    Connection admin() throws SQLException {
        return TestPostgres.server().adminDataSource(database).getConnection();
    }

    /** The JSON event as the Lambda runtime hands it over: objects as maps, values as strings. */
    private static Map<String, Object> sampleEvent(String name) {
        try {
            return toMap(JsonNode.parser().parse(Files.readString(EVENTS.resolve(name))));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read sam/events/" + name, e);
        }
    }

    private static Map<String, Object> toMap(JsonNode object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.asObject().forEach((key, value) -> map.put(key, value.isObject() ? toMap(value) : value.asString()));
        return map;
    }


    @Override
    public void close() {
        context.close();
        secretsManager.close();
    }
}
