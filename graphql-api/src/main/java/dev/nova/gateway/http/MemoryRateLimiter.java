package dev.nova.gateway.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.RateLimit;
import dev.nova.kernel.RateLimiter;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Token buckets in this gateway instance's memory: the same contract as the domains' buckets in PostgreSQL, for
 * shedding a client's request rate at the edge, where a statement per request would be the cost it sheds. A bucket
 * idle for its whole period is full again, so it is forgotten; at most {@value #MAX_BUCKETS} are kept.
 */
final class MemoryRateLimiter implements RateLimiter {

    private static final int MAX_BUCKETS = 100_000;

    private final Cache<String, Bucket> buckets;
    private final LongSupplier nanoTime;

    MemoryRateLimiter(Duration idle, LongSupplier nanoTime) {
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_BUCKETS).expireAfterAccess(idle).build();
        this.nanoTime = nanoTime;
    }

    @Override
    public void acquire(String bucket, RateLimit limit) {
        long now = nanoTime.getAsLong();
        double[] missing = {0};
        buckets.asMap().compute(bucket, (key, current) -> {
            double tokens = current == null ? limit.burst()
                    : Math.min(limit.burst(), current.tokens() + (now - current.atNanos()) / 1e9
                    * limit.refillPerSecond());
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            missing[0] = 1 - tokens;
            return new Bucket(tokens, now);
        });
        if (missing[0] > 0) {
            throw DomainException.rateLimited("too many requests from this address: slow down",
                    Duration.ofMillis((long) Math.ceil(missing[0] / limit.refillPerSecond() * 1000)));
        }
    }

    private record Bucket(double tokens, long atNanos) {
    }
}
