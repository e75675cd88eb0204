package dev.nova.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.nova.kernel.Ids;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * identity's signing keys for the local runtime: made on the first start and kept in the data folder (readable by
 * the owner only), so that tokens stay valid across restarts.
 */
final class LocalSigningKeys {

    private LocalSigningKeys() {
    }

    static Path ensure(Path file) {
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createDirectories(file.getParent());
            String keys = new JWKSet(new RSAKeyGenerator(2048)
                    .keyID("local-" + Ids.newId())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate()).toString(false);
            Files.writeString(file, keys);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write identity's signing keys to " + file, e);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make identity's signing keys", e);
        }
    }
}
