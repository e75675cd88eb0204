package dev.nova.gateway.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;

/**
 * The gateway's configuration ({@code nova.gateway.*}).
 *
 * @param issuer        the {@code iss} access tokens must carry
 * @param audience      the {@code aud} access tokens must carry
 * @param introspection whether the schema may be introspected (on locally, off in production)
 * @param maxBodyBytes  the largest request accepted
 */
@ConfigurationProperties("nova.gateway")
@Requires(env = "gateway")
public record GatewaySettings(String issuer, String audience, boolean introspection,
                              @Nullable Integer maxBodyBytes) {

    public GatewaySettings {
        maxBodyBytes = maxBodyBytes == null ? 64 * 1024 : maxBodyBytes;
    }
}
