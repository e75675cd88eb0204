package dev.nova.gateway.http;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.RateLimit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The edge's buckets: a burst at once, then one token every period / burst, each address on its own. */
class MemoryRateLimiterTest {

    private static final RateLimit FIVE_PER_TEN_SECONDS = RateLimit.perClientAddress("test", 5, Duration.ofSeconds(10));

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final MemoryRateLimiter limiter = new MemoryRateLimiter(Duration.ofSeconds(10), now::get);

    @Test
    void aBurstPassesThenTheNextWaitsForItsToken() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("test:a", FIVE_PER_TEN_SECONDS);
        }
        DomainException refused = catchThrowableOfType(() -> limiter.acquire("test:a", FIVE_PER_TEN_SECONDS),
                DomainException.class);

        assertThat(refused.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(refused.retryAfterSeconds()).contains(2L);
        limiter.acquire("test:b", FIVE_PER_TEN_SECONDS);  // another address has its own bucket
    }

    @Test
    void tokensComeBackOverThePeriodAndNeverPastTheBurst() {
        for (int i = 0; i < 5; i++) {
            limiter.acquire("test:a", FIVE_PER_TEN_SECONDS);
        }
        now.addAndGet(Duration.ofSeconds(2).toNanos());
        limiter.acquire("test:a", FIVE_PER_TEN_SECONDS);
        assertThatThrownBy(() -> limiter.acquire("test:a", FIVE_PER_TEN_SECONDS)).isInstanceOf(DomainException.class);

        now.addAndGet(Duration.ofMinutes(5).toNanos());
        for (int i = 0; i < 5; i++) {
            limiter.acquire("test:a", FIVE_PER_TEN_SECONDS);
        }
        assertThatThrownBy(() -> limiter.acquire("test:a", FIVE_PER_TEN_SECONDS)).isInstanceOf(DomainException.class);
    }
}
