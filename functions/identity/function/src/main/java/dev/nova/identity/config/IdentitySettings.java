package dev.nova.identity.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * identity's configuration ({@code nova.identity.*}). The signing keys come inline (in AWS, from the function's
 * secret) or from a file (the local runtime keeps one in its data folder).
 *
 * @param signingKeys     a private JWK set, newest key first
 * @param signingKeysFile a file holding that JWK set
 */
@ConfigurationProperties("nova.identity")
public record IdentitySettings(String issuer,
                               String audience,
                               Duration accessTokenLifetime,
                               Duration sessionLifetime,
                               @Nullable String signingKeys,
                               @Nullable String signingKeysFile) {

    String privateJwkSet() {
        if (signingKeys != null && !signingKeys.isBlank()) {
            return signingKeys;
        }
        if (signingKeysFile == null || signingKeysFile.isBlank()) {
            throw new IllegalStateException("set nova.identity.signing-keys or nova.identity.signing-keys-file");
        }
        try {
            return Files.readString(Path.of(signingKeysFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read identity's signing keys", e);
        }
    }

    @Override
    public String toString() {
        return "IdentitySettings[issuer=" + issuer + ", audience=" + audience + "]";
    }
}
