package dev.nova.invocation;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The timeout, circuit breaker and retries guarding the calls to one domain. Each attempt is time-limited and
 * counted by the breaker; retries wrap the lot. An open breaker fails fast and is never retried.
 */
final class DomainCallPolicy {

    private final TimeLimiter timeLimiter;
    private final CircuitBreaker circuitBreaker;
    private final Retry retryIdempotent;
    private final Retry retryUnsent;
    private final ScheduledExecutorService scheduler;

    DomainCallPolicy(DomainCallSettings settings, ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
        this.timeLimiter = TimeLimiter.of(settings.domain(), TimeLimiterConfig.custom()
                .timeoutDuration(settings.timeout())
                .cancelRunningFuture(true)
                .build());
        this.circuitBreaker = CircuitBreaker.of(settings.domain(), CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRateThreshold())
                .waitDurationInOpenState(settings.openStateWait())
                .permittedNumberOfCallsInHalfOpenState(3)
                .build());
        this.retryIdempotent = retry(settings, settings.domain() + "-idempotent", CallFailures::isTransient);
        this.retryUnsent = retry(settings, settings.domain() + "-unsent", CallFailures::certainlyNotRun);
    }

    /** Runs {@code call} under the policy; only idempotent operations are retried after an unknown outcome. */
    <T> CompletionStage<T> run(boolean idempotent, Supplier<CompletionStage<T>> call) {
        Supplier<CompletionStage<T>> limited = () -> timeLimiter.executeCompletionStage(scheduler, call);
        Supplier<CompletionStage<T>> guarded = CircuitBreaker.decorateCompletionStage(circuitBreaker, limited);
        Retry retry = idempotent ? retryIdempotent : retryUnsent;
        return Retry.decorateCompletionStage(retry, scheduler, guarded).get();
    }

    CircuitBreaker.State state() {
        return circuitBreaker.getState();
    }

    private static Retry retry(DomainCallSettings settings, String name, Predicate<Throwable> retryable) {
        return Retry.of(name, RetryConfig.custom()
                .maxAttempts(settings.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(settings.initialBackoff(), 2.0, 0.5))
                .retryOnException(t -> !(CallFailures.unwrap(t) instanceof CallNotPermittedException)
                        && retryable.test(CallFailures.unwrap(t)))
                .build());
    }
}
