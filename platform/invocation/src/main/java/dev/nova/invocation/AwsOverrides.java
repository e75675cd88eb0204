package dev.nova.invocation;

import software.amazon.awssdk.core.client.builder.SdkClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;

import java.util.function.Consumer;

/**
 * Adds Nova's settings to a client builder that micronaut-aws-sdk-v2's factory made (in a
 * {@code BeanCreatedEventListener} of that builder), on top of what the factory set, such as its user agent:
 * the builder's {@code overrideConfiguration(Consumer)} would replace those instead.
 */
public final class AwsOverrides {

    private AwsOverrides() {
    }

    public static <B extends SdkClientBuilder<B, ?>> B add(B builder,
                                                          Consumer<ClientOverrideConfiguration.Builder> settings) {
        ClientOverrideConfiguration.Builder merged = builder.overrideConfiguration().toBuilder();
        settings.accept(merged);
        return builder.overrideConfiguration(merged.build());
    }
}
