package dev.nova.kernel;

import java.util.concurrent.ThreadFactory;

/** Background threads that never hold a JVM open (a Lambda instance, a test, the local runtime's shutdown). */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    /** A factory of daemon threads named {@code name}, for executors. */
    public static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Starts {@code work} on a daemon thread named {@code name}. */
    public static Thread start(String name, Runnable work) {
        Thread thread = named(name).newThread(work);
        thread.start();
        return thread;
    }
}
