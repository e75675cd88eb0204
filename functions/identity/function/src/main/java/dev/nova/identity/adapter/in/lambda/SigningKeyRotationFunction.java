package dev.nova.identity.adapter.in.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import dev.nova.identity.adapter.out.security.SigningKeySecretRotation;
import dev.nova.invocation.AwsClients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The Lambda entry that Secrets Manager calls to rotate identity's signing keys, once per step of its rotation
 * protocol: {@code dev.nova.identity.adapter.in.lambda.SigningKeyRotationFunction::handleRequest}. It starts no
 * application context: it needs only Secrets Manager, not the database or the rest of identity.
 */
public final class SigningKeyRotationFunction implements RequestHandler<Map<String, Object>, Void> {

    /** A stand-in for Secrets Manager (tests, local), the variable that sets identity's own endpoint. */
    public static final String ENDPOINT_VARIABLE = "NOVA_IDENTITY_AWS_ENDPOINT";

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeyRotationFunction.class);
    private static final Duration AWS_CONNECT = Duration.ofSeconds(2);
    private static final Duration AWS_SOCKET = Duration.ofSeconds(5);

    private final Map<String, BiConsumer<String, String>> steps;
    private final SigningKeySecretRotation rotation;

    public SigningKeyRotationFunction() {
        this(secretsManager(System.getenv(ENDPOINT_VARIABLE)), Clock.systemUTC());
    }

    public SigningKeyRotationFunction(SecretsManagerClient secrets, Clock clock) {
        this.rotation = new SigningKeySecretRotation(secrets, clock);
        this.steps = Map.of(
                "createSecret", rotation::createSecret,
                // The keys live nowhere else: identity reads them from this secret, so there is nothing to set.
                "setSecret", (secretId, token) -> { },
                "testSecret", rotation::testSecret,
                "finishSecret", rotation::finishSecret);
    }

    @Override
    public Void handleRequest(Map<String, Object> event, Context context) {
        String secretId = field(event, "SecretId");
        String token = field(event, "ClientRequestToken");
        String stepName = field(event, "Step");
        BiConsumer<String, String> step = steps.get(stepName);
        if (step == null) {
            throw new IllegalArgumentException("unknown rotation step " + stepName
                    + "; expected createSecret, setSecret, testSecret or finishSecret");
        }
        if (!rotation.isPending(secretId, token)) {
            LOG.info("{} of {}: version {} is already AWSCURRENT, nothing to do", stepName, secretId, token);
            return null;
        }
        step.accept(secretId, token);
        LOG.info("{} of {} done for version {}", stepName, secretId, token);
        return null;
    }

    private static String field(Map<String, Object> event, String name) {
        Object value = event == null ? null : event.get(name);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException("the rotation event has no " + name);
        }
        return text;
    }

    private static SecretsManagerClient secretsManager(String endpoint) {
        URI override = endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint);
        return AwsClients.build(SecretsManagerClient.builder(), override, AWS_CONNECT, AWS_SOCKET,
                config -> config.apiCallTimeout(AWS_SOCKET));
    }
}
