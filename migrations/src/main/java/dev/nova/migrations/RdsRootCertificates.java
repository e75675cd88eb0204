package dev.nova.migrations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The Amazon RDS root certificate authorities (RSA2048, RSA4096 and ECC384 G1 of each region) that sign an Aurora
 * cluster's server certificate. They are not in the JVM's trust store, so this function carries them, and pgjdbc
 * checks the cluster's certificate and host name against them ({@code sslmode=verify-full}). pgjdbc reads a root
 * file from disk, so the bundle is copied to a temporary file once per process.
 */
final class RdsRootCertificates {

    static final String RESOURCE = "rds-root-cas.pem";

    private static Path file;

    private RdsRootCertificates() {
    }

    static synchronized Path file() {
        if (file == null) {
            try (InputStream bundle = RdsRootCertificates.class.getResourceAsStream(RESOURCE)) {
                if (bundle == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the migrations jar");
                }
                Path written = Files.createTempFile("nova-rds-root-cas-", ".pem");
                Files.copy(bundle, written, StandardCopyOption.REPLACE_EXISTING);
                written.toFile().deleteOnExit();
                file = written;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the RDS root certificates", e);
            }
        }
        return file;
    }
}
