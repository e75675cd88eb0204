package dev.nova.local;

import java.util.concurrent.CountDownLatch;

/** Nova's main command: {@code java -jar local/target/nova-local.jar [--port PORT] [--data-dir DIR]}. */
public final class NovaLocal {

    private NovaLocal() {
    }

    public static void main(String[] args) throws InterruptedException {
        // CloudWatch metric lines mean nothing on a laptop; set before the first logger reads logback.xml.
        if (System.getProperty("NOVA_METRICS_LEVEL") == null) {
            System.setProperty("NOVA_METRICS_LEVEL", "OFF");
        }
        LocalOptions options;
        try {
            options = LocalOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(args.length > 0 && (args[0].equals("--help") || args[0].equals("-h")) ? 0 : 2);
            return;
        }
        long started = System.nanoTime();
        LocalRuntime runtime;
        try {
            runtime = LocalRuntime.start(options);
        } catch (IllegalStateException e) {
            System.err.println("Nova did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Nova…");
            runtime.close();
            System.out.println("Nova stopped; data kept in " + options.dataDir());
            stopped.countDown();
        }, "nova-stop"));
        System.out.println(runtime.describe());
        System.out.printf("Started in %.1f s%n", (System.nanoTime() - started) / 1e9);
        stopped.await();
    }
}
