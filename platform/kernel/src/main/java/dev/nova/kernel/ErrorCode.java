package dev.nova.kernel;

/** The typed outcomes a domain operation can fail with; the gateway shows them as {@code extensions.code}. */
public enum ErrorCode {
    NOT_FOUND,
    FORBIDDEN,
    BAD_USER_INPUT,
    CONFLICT,
    UNAUTHENTICATED,
    RATE_LIMITED,
    UNAVAILABLE,
    INTERNAL
}
