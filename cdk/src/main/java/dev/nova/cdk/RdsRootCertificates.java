package dev.nova.cdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The regions whose RDS root certificates the migrations jar carries: the migrations function verifies the
 * cluster's certificate against them, so a deploy to any other region would fail at its first migration. The synth
 * says so first.
 */
final class RdsRootCertificates {

    static final String ENTRY = "dev/nova/migrations/rds-root-cas.pem";
    private static final Pattern ROOT = Pattern.compile("CN=Amazon RDS ([a-z]{2}(?:-[a-z]+)+-\\d) Root CA ");

    private RdsRootCertificates() {
    }

    static Set<String> regionsIn(String migrationsJar) {
        try (ZipFile jar = new ZipFile(migrationsJar)) {
            ZipEntry entry = jar.getEntry(ENTRY);
            if (entry == null) {
                throw new IllegalStateException(migrationsJar + " has no " + ENTRY);
            }
            Set<String> regions = new TreeSet<>();
            try (InputStream pem = jar.getInputStream(entry)) {
                for (Certificate root : CertificateFactory.getInstance("X.509").generateCertificates(pem)) {
                    Matcher name = ROOT.matcher(((X509Certificate) root).getSubjectX500Principal().getName());
                    if (name.find()) {
                        regions.add(name.group(1));
                    }
                }
            }
            return regions;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CertificateException e) {
            throw new IllegalStateException(ENTRY + " in " + migrationsJar + " is not a PEM bundle", e);
        }
    }

    /** Stops the synth when {@code region} is known and the migrations function could not verify its cluster. */
    static void requireRootsFor(String region, String migrationsJar) {
        Set<String> regions = regionsIn(migrationsJar);
        if (!regions.contains(region)) {
            throw new IllegalArgumentException("the migrations function carries RDS root certificates for "
                    + String.join(", ", regions) + " but not for " + region + ": add the region's roots to "
                    + "migrations/src/main/resources/" + ENTRY + " (docs/decisions.md, 43) and build again");
        }
    }
}
