package dev.nova.testing;

import com.zaxxer.hikari.HikariDataSource;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.RateLimit;
import dev.nova.persistence.DomainDataSources;
import dev.nova.persistence.JdbcRateLimiter;
import dev.nova.persistence.StandaloneTransactions;
import dev.nova.persistence.Transactions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Token buckets in a domain's schema: a burst, an even refill, a retry-after, one statement a check, no double spend. */
class RateLimiterTest {

    private static final RateLimit THREE_A_MINUTE = RateLimit.perUser("test.writes", 3, Duration.ofMinutes(1));

    private static HikariDataSource dataSource;
    private static StandaloneTransactions standalone;
    private final TestClock clock = new TestClock();

    @BeforeAll
    static void open() {
        dataSource = DomainDataSources.open(TestPostgres.newDomainDatabase("epsilon"));
        standalone = StandaloneTransactions.over(dataSource);
    }

    @AfterAll
    static void close() {
        standalone.close();
        dataSource.close();
    }

    @Test
    void aBurstThenOneTokenPerRefillStepWithTheWaitToldInRetryAfter() {
        JdbcRateLimiter limiter = new JdbcRateLimiter(standalone.transactions(), clock, 1);
        for (int i = 0; i < 3; i++) {
            limiter.acquire("test.writes:ada", THREE_A_MINUTE);
        }

        assertThatThrownBy(() -> limiter.acquire("test.writes:ada", THREE_A_MINUTE))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
                    assertThat(e.retryAfterSeconds()).hasValue(20L);
                });
        limiter.acquire("test.writes:grace", THREE_A_MINUTE);  // another bucket is untouched

        clock.advance(Duration.ofSeconds(19));
        assertThatThrownBy(() -> limiter.acquire("test.writes:ada", THREE_A_MINUTE))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.retryAfterSeconds()).hasValue(1L));
        clock.advance(Duration.ofSeconds(1));
        limiter.acquire("test.writes:ada", THREE_A_MINUTE);
        clock.advance(Duration.ofHours(5));
        for (int i = 0; i < 3; i++) {
            limiter.acquire("test.writes:ada", THREE_A_MINUTE);  // refilled to the burst, never beyond it
        }
        assertThatThrownBy(() -> limiter.acquire("test.writes:ada", THREE_A_MINUTE))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void aCheckIsOneStatementAndTheScaleRaisesTheBurst() {
        Transactions transactions = standalone.transactions();
        JdbcRateLimiter raised = new JdbcRateLimiter(transactions, clock, 10);

        long before = transactions.statementsIssued();
        for (int i = 0; i < 30; i++) {
            raised.acquire("test.writes:scaled", THREE_A_MINUTE);
        }

        assertThat(transactions.statementsIssued() - before).isEqualTo(30);
        assertThatThrownBy(() -> raised.acquire("test.writes:scaled", THREE_A_MINUTE))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void concurrentChecksNeverSpendATokenTwice() throws Exception {
        JdbcRateLimiter limiter = new JdbcRateLimiter(standalone.transactions(), clock, 1);
        RateLimit five = RateLimit.perUser("test.race", 5, Duration.ofHours(1));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                attempts.add(() -> {
                    try {
                        limiter.acquire("test.race:ada", five);
                        return true;
                    } catch (DomainException e) {
                        return false;
                    }
                });
            }
            long allowed = 0;
            for (Future<Boolean> attempt : threads.invokeAll(attempts)) {
                allowed += attempt.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(5);
        } finally {
            threads.shutdownNow();
        }
    }
}
