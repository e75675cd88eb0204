package dev.nova.testing;

import dev.nova.standins.LocalS3;

/** One S3Proxy per test JVM, in memory, shared by every test. */
public final class TestS3 {

    public static final String ACCESS_KEY = "nova-test";
    public static final String SECRET_KEY = "nova-test-secret";

    private static volatile LocalS3 server;

    private TestS3() {
    }

    public static synchronized LocalS3 server() {
        if (server == null) {
            LocalS3 started = LocalS3.inMemory(ACCESS_KEY, SECRET_KEY);
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-s3-stop"));
            server = started;
        }
        return server;
    }
}
