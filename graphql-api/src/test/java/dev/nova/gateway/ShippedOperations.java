package dev.nova.gateway;

import dev.nova.gateway.http.PersistedQueryManifest;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The operations the apps ship (the gateway's allowlist), for tests that act as an app. */
final class ShippedOperations {

    private static final PersistedQueryManifest MANIFEST = read();

    private ShippedOperations() {
    }

    static PersistedQueryManifest.Entry named(String name) {
        return MANIFEST.operations().stream().filter(entry -> entry.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no shipped operation " + name));
    }

    private static PersistedQueryManifest read() {
        try (InputStream in = ShippedOperations.class.getClassLoader()
                .getResourceAsStream(PersistedQueryManifest.RESOURCE)) {
            return ObjectMapper.getDefault().readValue(in.readAllBytes(), PersistedQueryManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
