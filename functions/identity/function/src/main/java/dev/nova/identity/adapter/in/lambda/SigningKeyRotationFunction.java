package dev.nova.identity.adapter.in.lambda;

import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;
import dev.nova.identity.adapter.out.security.SigningKeySecretRotation;
import dev.nova.invocation.FunctionContexts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.MicronautRequestHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.time.Clock;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The Lambda entry that Secrets Manager calls to rotate identity's signing keys, once per step of its rotation
 * protocol: {@code dev.nova.identity.adapter.in.lambda.SigningKeyRotationFunction::handleRequest}, on
 * micronaut-function-aws with the {@link SecretsManagerRotationEvent} of aws-lambda-java-events. Its context
 * ({@value #ENVIRONMENT}) holds only the Secrets Manager client that micronaut-aws-sdk-v2 makes, not the database
 * or the rest of identity.
 */
public final class SigningKeyRotationFunction extends MicronautRequestHandler<SecretsManagerRotationEvent, Void> {

    public static final String ENVIRONMENT = "signing-key-rotation";

    private static final Logger LOG = LoggerFactory.getLogger(SigningKeyRotationFunction.class);

    private final Map<String, BiConsumer<String, String>> steps;
    private final SigningKeySecretRotation rotation;

    public SigningKeyRotationFunction() {
        super();
        this.rotation = new SigningKeySecretRotation(applicationContext.getBean(SecretsManagerClient.class),
                Clock.systemUTC());
        this.steps = steps(rotation);
    }

    /** Rotates with a context started elsewhere (tests), with its Secrets Manager client and {@code clock}. */
    public SigningKeyRotationFunction(ApplicationContext context, Clock clock) {
        super(context);
        this.rotation = new SigningKeySecretRotation(context.getBean(SecretsManagerClient.class), clock);
        this.steps = steps(rotation);
    }

    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return FunctionContexts.lambda(ENVIRONMENT);
    }

    @Override
    public Void execute(SecretsManagerRotationEvent event) {
        String secretId = field(event == null ? null : event.getSecretId(), "SecretId");
        String token = field(event.getClientRequestToken(), "ClientRequestToken");
        String stepName = field(event.getStep(), "Step");
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

    private static Map<String, BiConsumer<String, String>> steps(SigningKeySecretRotation rotation) {
        return Map.of(
                "createSecret", rotation::createSecret,
                // The keys live nowhere else: identity reads them from this secret, so there is nothing to set.
                "setSecret", (secretId, token) -> { },
                "testSecret", rotation::testSecret,
                "finishSecret", rotation::finishSecret);
    }

    private static String field(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the rotation event has no " + name);
        }
        return value;
    }
}
