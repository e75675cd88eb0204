package dev.nova.standins;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.elasticmq.rest.sqs.TheSQSRestServerBuilder;
import org.elasticmq.server.ElasticMQServer;
import org.elasticmq.server.config.ElasticMQServerConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * ElasticMQ: a stand-in that speaks SQS's JSON protocol on loopback (batches, long polls, DLQ redrive, FIFO).
 * Given a folder, it keeps its queues and messages there (in H2) across restarts; otherwise it holds them in memory.
 */
public final class LocalSqs implements AutoCloseable {

    private final Runnable stop;
    private final int port;

    private LocalSqs(Runnable stop, int port) {
        this.stop = stop;
        this.port = port;
    }

    /** Starts in memory on {@code port}, or on a free port when it is 0. */
    public static LocalSqs start(int port) {
        TheSQSRestServerBuilder builder = SQSRestServerBuilder.withInterface("127.0.0.1");
        SQSRestServer server = (port == 0 ? builder.withDynamicPort() : builder.withPort(port)).start();
        int bound = server.waitUntilStarted().localAddress().getPort();
        return new LocalSqs(server::stopAndWait, bound);
    }

    /** Starts with queues and messages kept under {@code directory}, on {@code port} or a free one when it is 0. */
    public static LocalSqs persistent(Path directory, int port) {
        int bound = port == 0 ? freePort() : port;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Config config = ConfigFactory.parseMap(Map.of(
                        "rest-sqs.bind-port", bound,
                        "rest-sqs.bind-hostname", "127.0.0.1",
                        "node-address.host", "127.0.0.1",
                        "node-address.port", bound,
                        "messages-storage.enabled", true,
                        "messages-storage.uri", "jdbc:h2:" + directory.toAbsolutePath().resolve("elasticmq"),
                        "messages-storage.prune-data-on-init", false))
                .withFallback(ConfigFactory.load(LocalSqs.class.getClassLoader()));
        Path database = directory.toAbsolutePath().resolve("elasticmq");
        int storedQueues = StoredQueues.count(database);
        ElasticMQServer server = new ElasticMQServer(new ElasticMQServerConfig(config));
        scala.Function0<?> shutdown = server.start();
        LocalSqs sqs = new LocalSqs(shutdown::apply, bound);
        StoredQueues.awaitRestored(sqs.endpoint(), storedQueues);
        return sqs;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /**
     * Stops the server, waiting at most 5 s: ElasticMQ's own stop waits for clients' kept-alive connections, which
     * could hold a JVM's exit.
     */
    @Override
    public void close() {
        Thread stopper = new Thread(stop, "elasticmq-stop");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for ElasticMQ", e);
        }
    }
}
