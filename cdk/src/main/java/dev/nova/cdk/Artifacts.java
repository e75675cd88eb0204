package dev.nova.cdk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Lambda jars the build made, found from the repository's root ({@code ..} from {@code cdk/}, or the
 * {@code nova.root} system property). A missing jar stops the synth with the command that makes it.
 */
public record Artifacts(Path root) {

    public static Artifacts fromWorkingDirectory() {
        return new Artifacts(Path.of(System.getProperty("nova.root", "..")).toAbsolutePath().normalize());
    }

    public String jar(String relative) {
        Path jar = root.resolve(relative);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build the jars first (./mvnw -B package -DskipTests)");
        }
        return jar.toString();
    }

    /** The SHA-256 of a jar: changes whenever the jar does. */
    public String fingerprint(String relative) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(Path.of(jar(relative))),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
