package dev.nova.identity;

import com.nimbusds.jwt.SignedJWT;
import dev.nova.identity.adapter.out.security.JwkSigningKeys;
import dev.nova.identity.adapter.out.security.SigningKeyRotation;
import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.api.JsonWebKey;
import dev.nova.identity.api.JsonWebKeySet;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.invocation.AwsStandIns;
import dev.nova.invocation.NoInput;
import dev.nova.testing.LoopbackHttp;
import dev.nova.testing.TestClock;
import dev.nova.testing.TestSecretsManager;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signing key rotation, keys read from Secrets Manager and mail sent through SES, each AWS API answered by a
 * loopback stand-in that speaks its wire protocol to the real SDK client.
 */
class SigningKeysAndAwsServicesTest {

    @Test
    void aRotationKeepsThePreviousKeyAndDropsOlderOnes() throws Exception {
        TestClock clock = new TestClock();
        String first = SigningKeyRotation.rotate(null, clock);
        String second = SigningKeyRotation.rotate(first, clock);
        String third = SigningKeyRotation.rotate(second, clock);

        assertThat(kids(first)).hasSize(1);
        assertThat(kids(second)).hasSize(2).endsWith(kids(first)[0]);
        assertThat(kids(third)).hasSize(2).doesNotContain(kids(first)[0]).endsWith(kids(second)[0]);
        assertThat(SigningKeyRotation.newestKeyMadeAt(third)).isEqualTo(clock.instant().truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void aNewKeyIsPublishedAtOnceAndSignsOnlyAfterTheActivationDelay() throws Exception {
        TestClock clock = new TestClock();
        String previous = SigningKeyRotation.rotate(null, clock);
        clock.advance(Duration.ofDays(30));
        String rotated = SigningKeyRotation.rotate(previous, clock);
        JwkSigningKeys keys = JwkSigningKeys.from(() -> rotated, clock);

        assertThat(keys.publicKeys().keys()).hasSize(2);
        assertThat(keys.current().getKeyID()).isEqualTo(kids(previous)[0]);
        clock.advance(JwkSigningKeys.ACTIVATION_DELAY);
        assertThat(keys.current().getKeyID()).isEqualTo(kids(rotated)[0]);
    }

    @Test
    void theFirstRotationOfAnEmptyKeySetMakesAKeyThatSignsAtOnce() throws Exception {
        TestClock clock = new TestClock();
        String first = SigningKeyRotation.rotate("{\"keys\":[]}", clock);
        JwkSigningKeys keys = JwkSigningKeys.from(() -> first, clock);

        assertThat(kids(first)).hasSize(1);
        assertThat(keys.current().getKeyID()).isEqualTo(kids(first)[0]);
    }

    @Test
    void anIdentityStartedBeforeTheFirstRotationSignsSecondsAfterIt() throws Exception {
        TestClock clock = new TestClock();
        AtomicReference<String> secret = new AtomicReference<>("{\"keys\":[]}");
        JwkSigningKeys keys = JwkSigningKeys.from(secret::get, clock);

        assertThat(keys.publicKeys().keys()).isEmpty();
        assertThatThrownBy(keys::current).hasMessageContaining("no signing key yet");

        String first = SigningKeyRotation.rotate(secret.get(), clock);
        secret.set(first);
        clock.advance(Duration.ofSeconds(6));

        assertThat(keys.current().getKeyID()).isEqualTo(kids(first)[0]);
        assertThat(keys.publicKeys().keys()).hasSize(1);
    }

    @Test
    void readsItsKeysFromSecretsManagerAndPicksUpARotationWithoutARestart() throws Exception {
        String secretId = "nova/identity/signing-keys";
        try (TestSecretsManager secretsManager = TestSecretsManager.with(secretId,
                SigningKeyRotation.rotate(null, new TestClock()));
             IdentityFixture identity = new IdentityFixture(with(
                     AwsStandIns.endpoint(SecretsManagerClient.SERVICE_NAME, secretsManager.endpoint()),
                     "nova.identity.signing-keys", "",
                     "nova.identity.signing-keys-secret", secretId))) {
            TestSecretsManager.Secret secret = secretsManager.secret(secretId);
            String firstKid = kids(secret.value("AWSCURRENT"))[0];
            assertThat(publicKids(identity)).containsExactly(firstKid);
            assertThat(signedWith(register(identity, "rotator1"))).isEqualTo(firstKid);

            secret.update(SigningKeyRotation.rotate(secret.value("AWSCURRENT"), identity.clock));
            String newKid = kids(secret.value("AWSCURRENT"))[0];
            identity.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
            assertThat(publicKids(identity)).containsExactly(newKid, firstKid);
            assertThat(signedWith(register(identity, "rotator2"))).isEqualTo(firstKid);

            identity.clock.advance(JwkSigningKeys.ACTIVATION_DELAY);
            assertThat(signedWith(register(identity, "rotator3"))).isEqualTo(newKid);
            assertThat(secretsManager.calls("GetSecretValue")).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void sendsMailThroughSesWhenNoMailFolderIsSet() {
        try (LoopbackHttp ses = new LoopbackHttp(request -> LoopbackHttp.Answer.json("{\"MessageId\":\"m-1\"}"));
             IdentityFixture identity = new IdentityFixture(with(
                     AwsStandIns.endpoint(SesV2Client.SERVICE_NAME, ses.endpoint()),
                     "nova.identity.mail-directory", "",
                     "nova.identity.mail-from", "Nova <no-reply@nova.test>",
                     "nova.identity.ses-configuration-set", "nova-mail"))) {
            register(identity, "sesuser");

            assertThat(ses.received()).singleElement().satisfies(request -> {
                assertThat(request.method()).isEqualTo("POST");
                assertThat(request.path()).isEqualTo("/v2/email/outbound-emails");
                assertThat(request.body()).contains("\"ToAddresses\":[\"sesuser@example.com\"]",
                        "\"FromEmailAddress\":\"Nova <no-reply@nova.test>\"", "\"ConfigurationSetName\":\"nova-mail\"",
                        "https://nova.test/verify-email?token=");
            });
        }
    }

    static Map<String, Object> with(Map<String, Object> aws, String... keysAndValues) {
        Map<String, Object> properties = new HashMap<>(aws);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    static AuthResult register(IdentityFixture identity, String username) {
        return identity.call(IdentityApi.REGISTER, IdentityFixture.anonymous(),
                new RegisterRequest(username + "@example.com", username, "a fine passphrase"));
    }

    static String[] publicKids(IdentityFixture identity) {
        JsonWebKeySet keys = identity.call(IdentityApi.PUBLIC_KEYS, IdentityFixture.anonymous(), NoInput.INSTANCE);
        return keys.keys().stream().map(JsonWebKey::kid).toArray(String[]::new);
    }

    static String signedWith(AuthResult result) throws Exception {
        return SignedJWT.parse(result.accessToken()).getHeader().getKeyID();
    }

    static String[] kids(String jwkSet) throws Exception {
        return com.nimbusds.jose.jwk.JWKSet.parse(jwkSet).getKeys().stream().map(key -> key.getKeyID())
                .toArray(String[]::new);
    }
}
