package dev.nova.kernel;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure the caller can act on, with a typed code. The message is written for the client and never carries
 * secrets or internals; {@code field} names the input at fault, when there is one.
 */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final String field;
    private final Long retryAfterSeconds;

    public DomainException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public DomainException(ErrorCode code, String message, String field) {
        this(code, message, field, null);
    }

    public DomainException(ErrorCode code, String message, String field, Long retryAfterSeconds) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** {@code RATE_LIMITED}: the caller may try again after {@code retryAfter} (rounded up to whole seconds). */
    public static DomainException rateLimited(String message, Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new DomainException(ErrorCode.RATE_LIMITED, message, null, seconds);
    }

    public static DomainException badInput(String field, String problem) {
        return new DomainException(ErrorCode.BAD_USER_INPUT, field + " " + problem, field);
    }

    /**
     * What an unexpected failure means to a caller: a database that cannot be reached (an SQL connection failure,
     * SQLSTATE class 08, anywhere under it) is {@code UNAVAILABLE} and worth a retry; text the database cannot
     * store (22021, a NUL or a byte sequence that is not UTF-8) is the caller's {@code BAD_USER_INPUT}; anything
     * else is {@code INTERNAL}, with its details left in the logs.
     */
    public static DomainException unexpected(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String state = cause instanceof java.sql.SQLException sql ? sql.getSQLState() : null;
            if (state != null && state.startsWith("08")) {
                return new DomainException(ErrorCode.UNAVAILABLE, "the database is unavailable, try again shortly");
            }
            if ("22021".equals(state)) {
                return new DomainException(ErrorCode.BAD_USER_INPUT, "the text holds a character Nova cannot store");
            }
        }
        return new DomainException(ErrorCode.INTERNAL, "internal error");
    }

    public static DomainException notFound(String what) {
        return new DomainException(ErrorCode.NOT_FOUND, what + " not found");
    }

    public static DomainException unauthenticated(String message) {
        return new DomainException(ErrorCode.UNAUTHENTICATED, message);
    }

    public static DomainException forbidden(String message) {
        return new DomainException(ErrorCode.FORBIDDEN, message);
    }

    public static DomainException conflict(String field, String message) {
        return new DomainException(ErrorCode.CONFLICT, message, field);
    }

    public ErrorCode code() {
        return code;
    }

    /** The input field at fault, or null. */
    public String field() {
        return field;
    }

    /** For {@code RATE_LIMITED}: whole seconds to wait before trying again. */
    public Optional<Long> retryAfterSeconds() {
        return Optional.ofNullable(retryAfterSeconds);
    }
}
