package dev.nova.testing;

import dev.nova.persistence.DataSourceSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * The configuration every test-started identity function shares: a database of its own on the shared PostgreSQL,
 * the test signing keys, mail written to a fresh folder, links to {@code https://nova.test}.
 */
public final class TestIdentity {

    private TestIdentity() {
    }

    public static Map<String, Object> properties(DataSourceSettings database) {
        Map<String, Object> properties = new HashMap<>(database.asProperties());
        properties.putAll(TestLimits.RAISED);
        properties.put("nova.identity.signing-keys", TestSigningKeys.privateJwkSet());
        properties.put("nova.identity.links-base-url", "https://nova.test");
        try {
            properties.put("nova.identity.mail-directory", Files.createTempDirectory("nova-mail").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public static Map<String, Object> properties() {
        return properties(TestPostgres.newDomainDatabase("identity"));
    }
}
