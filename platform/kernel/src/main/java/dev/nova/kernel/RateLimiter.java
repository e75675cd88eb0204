package dev.nova.kernel;

/** Takes one token from a caller's bucket, or refuses with {@code RATE_LIMITED} and when to retry. */
public interface RateLimiter {

    /** Takes a token from {@code bucket} under {@code limit}; {@code RATE_LIMITED} with a retry-after when empty. */
    void acquire(String bucket, RateLimit limit);
}
