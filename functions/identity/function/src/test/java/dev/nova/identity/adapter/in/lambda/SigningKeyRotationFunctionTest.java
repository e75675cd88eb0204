package dev.nova.identity.adapter.in.lambda;

import com.amazonaws.services.lambda.runtime.events.SecretsManagerRotationEvent;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import dev.nova.identity.adapter.out.security.JwkSigningKeys;
import dev.nova.invocation.AwsStandIns;
import dev.nova.invocation.FunctionContexts;
import dev.nova.testing.LambdaRuntime;
import dev.nova.testing.TestClock;
import dev.nova.testing.TestSecretsManager;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Secrets Manager's rotation protocol run by the rotation function against an in-memory Secrets Manager. */
class SigningKeyRotationFunctionTest {

    private static final Path EVENTS = Path.of("..", "..", "..", "sam", "events");
    private static final String ARN = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:nova-test-keys-Zz99Yy";
    private static final String EMPTY_SET = "{\"keys\":[]}";
    private static final List<String> STEPS = List.of("createSecret", "setSecret", "testSecret", "finishSecret");

    private final TestClock clock = new TestClock();
    private final TestSecretsManager secretsManager = new TestSecretsManager();
    private TestSecretsManager.Secret secrets;
    private ApplicationContext context;
    private SigningKeyRotationFunction function;

    @AfterEach
    void close() {
        context.close();
        secretsManager.close();
    }

    @Test
    void aFirstRotationOfTheEmptyKeySetMakesAKeyIdentitySignsWithAtOnce() throws Exception {
        start(ARN, EMPTY_SET);

        rotate("rotation-1");

        String keys = secrets.value("AWSCURRENT");
        assertThat(kids(keys)).hasSize(1);
        assertThat(secrets.labelsOf("rotation-1")).containsExactly("AWSCURRENT");
        assertThat(secrets.labelsOf(TestSecretsManager.INITIAL_VERSION)).containsExactly("AWSPREVIOUS");
        assertThat(JwkSigningKeys.from(() -> keys, clock).current().getKeyID()).isEqualTo(kids(keys).get(0));
    }

    @Test
    void aSecondRotationPutsANewKeyBeforeThePreviousOne() throws Exception {
        start(ARN, EMPTY_SET);
        rotate("rotation-1");
        String first = kids(secrets.value("AWSCURRENT")).get(0);
        clock.advance(Duration.ofDays(30));

        rotate("rotation-2");

        List<String> kids = kids(secrets.value("AWSCURRENT"));
        assertThat(kids).hasSize(2).doesNotHaveDuplicates().endsWith(first);
        assertThat(secrets.labelsOf("rotation-1")).containsExactly("AWSPREVIOUS");
    }

    @Test
    void createSecretCalledAgainWithTheSameTokenWritesOnce() {
        start(ARN, EMPTY_SET);
        secrets.beginRotation("rotation-1");

        function.handleRequest(event("createSecret", "rotation-1"), null);
        String pending = secrets.value("AWSPENDING");
        function.handleRequest(event("createSecret", "rotation-1"), null);

        assertThat(secretsManager.calls("PutSecretValue")).isEqualTo(1);
        assertThat(secrets.value("AWSPENDING")).isEqualTo(pending);
        assertThat(secrets.value("AWSCURRENT")).isEqualTo(EMPTY_SET);
    }

    @Test
    void testSecretRejectsAPendingValueThatIsNotAJwkSet() {
        start(ARN, EMPTY_SET);
        secrets.beginRotation("rotation-1");
        secrets.putValue("rotation-1", "{\"password\":\"hunter2\"}");

        assertThatThrownBy(() -> function.handleRequest(event("testSecret", "rotation-1"), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a valid JWK set");
        secrets.putValue("rotation-1", EMPTY_SET);
        assertThatThrownBy(() -> function.handleRequest(event("testSecret", "rotation-1"), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no signing key");
    }

    @Test
    void aStepForAVersionAlreadyCurrentDoesNothing() {
        start(ARN, EMPTY_SET);
        rotate("rotation-1");
        String keys = secrets.value("AWSCURRENT");
        long writes = secretsManager.calls("PutSecretValue") + secretsManager.calls("UpdateSecretVersionStage");

        STEPS.forEach(step -> function.handleRequest(event(step, "rotation-1"), null));

        assertThat(secretsManager.calls("PutSecretValue") + secretsManager.calls("UpdateSecretVersionStage")).isEqualTo(writes);
        assertThat(secrets.value("AWSCURRENT")).isEqualTo(keys);
    }

    @Test
    void anUnknownStepFailsBeforeTouchingTheSecret() {
        start(ARN, EMPTY_SET);
        secrets.beginRotation("rotation-1");

        assertThatThrownBy(() -> function.handleRequest(event("rotateEverything", "rotation-1"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown rotation step rotateEverything");
        assertThat(secretsManager.calls("DescribeSecret")).isZero();
    }

    @Test
    void aSecretWithoutRotationOrAVersionNotPendingIsRefused() {
        start(ARN, EMPTY_SET);

        assertThatThrownBy(() -> function.handleRequest(event("createSecret", "rotation-1"), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no stage for rotation");
        secrets.beginRotation("rotation-1");
        secrets.disableRotation();
        assertThatThrownBy(() -> function.handleRequest(event("createSecret", "rotation-1"), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not enabled for rotation");
        assertThat(secretsManager.calls("PutSecretValue")).isZero();
    }

    @Test
    void theSamRotationEventPutsAPendingKeySet() throws Exception {
        byte[] sample = Files.readAllBytes(EVENTS.resolve("identity-rotate-signing-keys.json"));
        SecretsManagerRotationEvent event = LambdaRuntime.read(sample, SecretsManagerRotationEvent.class);
        start(event.getSecretId(), EMPTY_SET);
        secrets.beginRotation(event.getClientRequestToken());

        LambdaRuntime.invoke(function, sample);

        assertThat(event.getStep()).isEqualTo("createSecret");
        assertThat(kids(secrets.value("AWSPENDING"))).hasSize(1);
        assertThat(secrets.value("AWSCURRENT")).isEqualTo(EMPTY_SET);
    }

    private void start(String arn, String initialValue) {
        secrets = secretsManager.create(arn, initialValue);
        context = FunctionContexts.start(SigningKeyRotationFunction.ENVIRONMENT,
                AwsStandIns.endpoint(SecretsManagerClient.SERVICE_NAME, secretsManager.endpoint()));
        function = new SigningKeyRotationFunction(context, clock);
    }

    /** What Secrets Manager does for one rotation: a pending version, then each step in turn. */
    private void rotate(String token) {
        secrets.beginRotation(token);
        STEPS.forEach(step -> function.handleRequest(event(step, token), null));
    }

    private static SecretsManagerRotationEvent event(String step, String token) {
        SecretsManagerRotationEvent event = new SecretsManagerRotationEvent();
        event.setStep(step);
        event.setSecretId(ARN);
        event.setClientRequestToken(token);
        return event;
    }

    private static List<String> kids(String jwkSet) throws Exception {
        return JWKSet.parse(jwkSet).getKeys().stream().map(JWK::getKeyID).toList();
    }
}
