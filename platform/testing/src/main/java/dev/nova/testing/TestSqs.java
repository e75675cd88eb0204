package dev.nova.testing;

import dev.nova.standins.LocalSqs;

/** One ElasticMQ per test JVM, shared by every test. */
public final class TestSqs {

    private static volatile LocalSqs server;

    private TestSqs() {
    }

    public static synchronized LocalSqs server() {
        if (server == null) {
            LocalSqs started = LocalSqs.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-sqs-stop"));
            server = started;
        }
        return server;
    }
}
