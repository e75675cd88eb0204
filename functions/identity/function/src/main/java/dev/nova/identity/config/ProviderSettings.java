package dev.nova.identity.config;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.util.List;

/**
 * An identity provider to sign in with ({@code nova.identity.providers.<name>.*}); it is on when it has at least
 * one client id.
 *
 * @param issuers     the {@code iss} values of its ID tokens
 * @param jwksUri     where its signing keys are published
 * @param clientIds   Nova's client ids (OAuth audiences) at the provider, comma-separated in configuration
 * @param nonceHashed true when its tokens carry the SHA-256 of the app's nonce (Apple)
 */
@EachProperty("nova.identity.providers")
public record ProviderSettings(@Parameter String name,
                               List<String> issuers,
                               URI jwksUri,
                               @Nullable List<String> clientIds,
                               @Nullable Boolean nonceHashed) {

    List<String> configuredClientIds() {
        return clientIds == null ? List.of() : clientIds.stream().map(String::strip).filter(id -> !id.isEmpty())
                .toList();
    }
}
