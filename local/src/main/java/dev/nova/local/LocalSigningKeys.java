package dev.nova.local;

import dev.nova.identity.adapter.out.security.SigningKeyRotation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * identity's signing keys for the local runtime: made on the first start and kept in the data folder (readable by
 * the owner only), so that tokens stay valid across restarts; rotated at a start when the newest key is older than
 * 30 days, as the AWS deployment rotates its secret, the previous key kept so that its tokens still verify.
 */
final class LocalSigningKeys {

    static final Duration ROTATE_AFTER = Duration.ofDays(30);

    private LocalSigningKeys() {
    }

    static Path ensure(Path file, Clock clock) {
        try {
            String current = Files.exists(file) ? Files.readString(file) : null;
            Instant madeAt = current == null ? null : SigningKeyRotation.newestKeyMadeAt(current);
            boolean due = current == null || madeAt == null || madeAt.plus(ROTATE_AFTER).isBefore(clock.instant());
            if (due) {
                Files.createDirectories(file.getParent());
                Path next = file.resolveSibling(file.getFileName() + ".next");
                Files.writeString(next, SigningKeyRotation.rotate(current, clock));
                Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rw-------"));
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write identity's signing keys to " + file, e);
        }
    }
}
