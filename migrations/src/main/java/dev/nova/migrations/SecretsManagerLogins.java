package dev.nova.migrations;

import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Database logins read from Secrets Manager secrets (JSON with {@code username} and {@code password}). */
public final class SecretsManagerLogins implements LoginSecrets {

    private final SecretsManagerClient secrets;

    /** @param secrets the client micronaut-aws-sdk-v2 makes for the function's context */
    public SecretsManagerLogins(SecretsManagerClient secrets) {
        this.secrets = secrets;
    }

    @Override
    public DatabaseLogin read(String secretId) {
        return DatabaseLogin.fromSecret(secretId,
                secrets.getSecretValue(request -> request.secretId(secretId)).secretString());
    }
}
