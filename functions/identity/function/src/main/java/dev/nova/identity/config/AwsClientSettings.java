package dev.nova.identity.config;

import dev.nova.invocation.AwsOverrides;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClientBuilder;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;

import java.time.Duration;

/**
 * identity calls Secrets Manager (its signing keys) and SES (mail) while a request waits: each call gives up after
 * five seconds rather than hold the request for the SDK's default of none.
 */
final class AwsClientSettings {

    static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(5);

    private AwsClientSettings() {
    }

    @Singleton
    @Requires(env = "identity")
    static class SecretsManager implements BeanCreatedEventListener<SecretsManagerClientBuilder> {
        @Override
        public SecretsManagerClientBuilder onCreated(BeanCreatedEvent<SecretsManagerClientBuilder> event) {
            return AwsOverrides.add(event.getBean(), override -> override.apiCallTimeout(API_CALL_TIMEOUT));
        }
    }

    @Singleton
    @Requires(env = "identity")
    static class Ses implements BeanCreatedEventListener<SesV2ClientBuilder> {
        @Override
        public SesV2ClientBuilder onCreated(BeanCreatedEvent<SesV2ClientBuilder> event) {
            return AwsOverrides.add(event.getBean(), override -> override.apiCallTimeout(API_CALL_TIMEOUT));
        }
    }
}
