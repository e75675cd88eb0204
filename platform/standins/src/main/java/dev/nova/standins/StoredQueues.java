package dev.nova.standins;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * ElasticMQ restores its stored queues asynchronously after it starts. This counts them in its H2 file beforehand
 * and waits until the server lists them all, so that a restarted runtime never answers "queue does not exist".
 */
final class StoredQueues {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private StoredQueues() {
    }

    /** The queues stored in ElasticMQ's H2 file at {@code database} (without its extension), 0 when new. */
    static int count(Path database) {
        if (!Files.exists(Path.of(database + ".mv.db"))) {
            return 0;
        }
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:" + database, "", "");
             Statement sql = h2.createStatement();
             ResultSet row = sql.executeQuery("SELECT count(*) FROM QUEUE")) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    /** Waits until the server at {@code endpoint} lists at least {@code expected} queues. */
    static void awaitRestored(URI endpoint, int expected) {
        if (expected == 0) {
            return;
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest listQueues = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "AmazonSQS.ListQueues")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (listed(http, listQueues) >= expected) {
                return;
            }
            pause();
        }
        throw new IllegalStateException("ElasticMQ did not restore its " + expected + " queues within " + PATIENCE);
    }

    private static int listed(HttpClient http, HttpRequest listQueues) {
        try {
            String body = http.send(listQueues, HttpResponse.BodyHandlers.ofString()).body();
            return body.split("\"http", -1).length - 1;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ElasticMQ restored its queues", e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ElasticMQ restored its queues", e);
        }
    }
}
