package dev.nova.migrations;

import dev.nova.invocation.AwsClients;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.net.URI;
import java.time.Duration;

/** Database logins read from Secrets Manager secrets (JSON with {@code username} and {@code password}). */
public final class SecretsManagerLogins implements LoginSecrets {

    private static final Duration CONNECT = Duration.ofSeconds(2);
    private static final Duration SOCKET = Duration.ofSeconds(5);

    private final SecretsManagerClient secrets;

    private SecretsManagerLogins(SecretsManagerClient secrets) {
        this.secrets = secrets;
    }

    /** Reads from AWS's Secrets Manager when {@code endpoint} is null, else from the stand-in there. */
    public static SecretsManagerLogins at(URI endpoint) {
        return new SecretsManagerLogins(AwsClients.build(SecretsManagerClient.builder(), endpoint, CONNECT, SOCKET,
                override -> override.apiCallTimeout(SOCKET.multipliedBy(2))));
    }

    @Override
    public DatabaseLogin read(String secretId) {
        return DatabaseLogin.fromSecret(secretId,
                secrets.getSecretValue(request -> request.secretId(secretId)).secretString());
    }
}
