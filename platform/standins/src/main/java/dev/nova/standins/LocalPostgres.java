package dev.nova.standins;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL 17 server run from the embedded binaries, on loopback. Given a folder, it keeps its data
 * there across restarts; without one it lives in a temporary folder that is removed when it stops.
 */
public final class LocalPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a server whose data persists in {@code dataDirectory}. */
    public static LocalPostgres persistent(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            return new LocalPostgres(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toFile())
                    .setCleanDataDirectory(false)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDirectory, e);
        }
    }

    /** Starts a throw-away server (tests). */
    public static LocalPostgres ephemeral() {
        try {
            return new LocalPostgres(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** The administrator's connection to {@code database} (role {@code postgres}). */
    public DataSource adminDataSource(String database) {
        return postgres.getDatabase("postgres", database);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
