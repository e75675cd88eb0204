package dev.nova.observability;

import org.slf4j.MDC;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of the request being served: taken from {@code X-Correlation-ID} when it is well formed,
 * made otherwise, and kept in the logging MDC so that every log line carries it.
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-ID";
    public static final String MDC_KEY = "correlationId";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private CorrelationId() {
    }

    /**
     * The given id (from a header, an invocation or an event) when it is safe to log and pass on, or a new one: no
     * sender can inject log lines.
     */
    public static String sanitized(String candidate) {
        if (candidate != null && SAFE.matcher(candidate).matches()) {
            return candidate;
        }
        return newId();
    }

    /** The id in scope on this thread, or a new one for work that starts outside any request. */
    public static String currentOrNew() {
        String current = current();
        return current == null ? newId() : current;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The id in scope on this thread, or null. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }

    /** Puts {@code id} in scope until the returned scope is closed, then restores what was there before. */
    public static Scope open(String id) {
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        return () -> {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        };
    }

    /** A correlation id in scope; closing it cannot fail. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
