package dev.nova.gateway.config;

import dev.nova.kernel.RateLimit;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.Optional;

/**
 * The gateway's configuration ({@code nova.gateway.*}).
 *
 * @param issuer           the {@code iss} access tokens must carry
 * @param audience         the {@code aud} access tokens must carry
 * @param introspection    whether the schema may be introspected (on locally, off in production)
 * @param maxBodyBytes     the largest request accepted
 * @param persistedQueries {@code automatic} (any query; Apollo's automatic persisted queries) or {@code allowlist}
 *                         (only the operations of {@code persisted-queries.json}: production)
 * @param shedBurst        requests one client address may make at once before the gateway sheds its requests
 *                         ({@code 429}); 0 sheds nothing
 * @param shedPeriodSeconds the period over which a client's burst refills
 */
@ConfigurationProperties("nova.gateway")
@Requires(env = "gateway")
public record GatewaySettings(String issuer, String audience, boolean introspection,
                              @Nullable Integer maxBodyBytes, @Nullable PersistedQueryMode persistedQueries,
                              @Nullable Integer shedBurst, @Nullable Integer shedPeriodSeconds) {

    public GatewaySettings {
        maxBodyBytes = maxBodyBytes == null ? 64 * 1024 : maxBodyBytes;
        persistedQueries = persistedQueries == null ? PersistedQueryMode.AUTOMATIC : persistedQueries;
        shedBurst = shedBurst == null ? 0 : shedBurst;
        shedPeriodSeconds = shedPeriodSeconds == null ? 10 : shedPeriodSeconds;
    }

    /** The per-client rate the gateway sheds above; empty when it sheds nothing. */
    public Optional<RateLimit> shedding() {
        return shedBurst > 0 ? Optional.of(RateLimit.perClientAddress("gateway.requests", shedBurst,
                Duration.ofSeconds(shedPeriodSeconds))) : Optional.empty();
    }

    /** How the gateway takes query texts. */
    public enum PersistedQueryMode {
        /** Any query; hashes are learned (Apollo's automatic persisted queries). */
        AUTOMATIC,
        /** Only the operations of the manifest the build registered. */
        ALLOWLIST
    }
}
