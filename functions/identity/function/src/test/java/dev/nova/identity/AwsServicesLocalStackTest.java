package dev.nova.identity;

import dev.nova.identity.adapter.out.security.SigningKeyRotation;
import dev.nova.invocation.AwsStandIns;
import dev.nova.testing.LocalStack;
import dev.nova.testing.TestClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import static dev.nova.identity.SigningKeysAndAwsServicesTest.kids;
import static dev.nova.identity.SigningKeysAndAwsServicesTest.publicKids;
import static dev.nova.identity.SigningKeysAndAwsServicesTest.register;
import static dev.nova.identity.SigningKeysAndAwsServicesTest.signedWith;
import static dev.nova.identity.SigningKeysAndAwsServicesTest.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identity's Secrets Manager and SES v2 adapters against LocalStack, in addition to the loopback stand-ins of
 * {@link SigningKeysAndAwsServicesTest}. Runs with {@code ./mvnw -Plocalstack verify} on a machine with Docker;
 * skipped without it.
 */
@Tag("localstack")
@Testcontainers(disabledWithoutDocker = true)
class AwsServicesLocalStackTest {

    @Container
    static final LocalStackContainer LOCALSTACK = LocalStack.with(LocalStackContainer.Service.SECRETSMANAGER,
            LocalStackContainer.Service.SES);

    @Test
    void signsWithTheKeyInSecretsManager() throws Exception {
        URI endpoint = LOCALSTACK.getEndpointOverride(LocalStackContainer.Service.SECRETSMANAGER);
        String secretId = "nova/identity/signing-keys";
        String keys = SigningKeyRotation.rotate(null, new TestClock());
        try (SecretsManagerClient secrets = SecretsManagerClient.builder().endpointOverride(endpoint)
                .region(Region.of(LOCALSTACK.getRegion())).credentialsProvider(credentials()).build()) {
            secrets.createSecret(r -> r.name(secretId).secretString(keys));
        }
        try (IdentityFixture identity = new IdentityFixture(with(
                AwsStandIns.endpoint(SecretsManagerClient.SERVICE_NAME, endpoint),
                "nova.identity.signing-keys", "",
                "nova.identity.signing-keys-secret", secretId))) {
            assertThat(publicKids(identity)).containsExactly(kids(keys));
            assertThat(signedWith(register(identity, "lsrotator"))).isEqualTo(kids(keys)[0]);
        }
    }

    @Test
    void sendsTheVerificationMailThroughSes() throws Exception {
        URI endpoint = LOCALSTACK.getEndpointOverride(LocalStackContainer.Service.SES);
        try (SesV2Client ses = SesV2Client.builder().endpointOverride(endpoint)
                .region(Region.of(LOCALSTACK.getRegion())).credentialsProvider(credentials()).build()) {
            ses.createEmailIdentity(r -> r.emailIdentity("no-reply@nova.test"));
        }
        Map<String, Object> properties = new HashMap<>(with(AwsStandIns.endpoint(SesV2Client.SERVICE_NAME, endpoint),
                "nova.identity.mail-directory", "",
                "nova.identity.mail-from", "no-reply@nova.test"));
        try (IdentityFixture identity = new IdentityFixture(properties)) {
            register(identity, "lsmailuser");
        }
        // LocalStack keeps what SES sent and lists it on its own endpoint.
        HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                endpoint.resolve("/_aws/ses?email=no-reply@nova.test")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sent.body()).contains("lsmailuser@example.com").contains("verify-email?token=");
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(LOCALSTACK.getAccessKey(),
                LOCALSTACK.getSecretKey()));
    }
}
