package dev.nova.invocation;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * How the gateway calls one domain's Lambda ({@code nova.invoker.domains.<domain>.*}). The defaults are sized for
 * Lambda, not resilience4j's: a call that has not answered in 6 s is lost (a cold start without SnapStart takes
 * about 2.5 s), two retries with jittered backoff, and a breaker that opens on half of the last 20 calls failing
 * and probes again after 5 s, since Lambda throttling and cold-start storms clear within seconds.
 *
 * @param domain       the domain (the map key)
 * @param functionName the function name, ARN, or ARN of its alias
 */
@EachProperty("nova.invoker.domains")
public record DomainCallSettings(@Parameter String domain,
                                 String functionName,
                                 @Nullable Duration timeout,
                                 @Nullable Integer maxAttempts,
                                 @Nullable Duration initialBackoff,
                                 @Nullable Integer slidingWindowSize,
                                 @Nullable Integer minimumCalls,
                                 @Nullable Float failureRateThreshold,
                                 @Nullable Duration openStateWait) {

    public DomainCallSettings {
        timeout = timeout == null ? Duration.ofSeconds(6) : timeout;
        maxAttempts = maxAttempts == null ? 3 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(50) : initialBackoff;
        slidingWindowSize = slidingWindowSize == null ? 20 : slidingWindowSize;
        minimumCalls = minimumCalls == null ? 10 : minimumCalls;
        failureRateThreshold = failureRateThreshold == null ? 50f : failureRateThreshold;
        openStateWait = openStateWait == null ? Duration.ofSeconds(5) : openStateWait;
    }

    public static DomainCallSettings defaults(String domain, String functionName) {
        return new DomainCallSettings(domain, functionName, null, null, null, null, null, null, null);
    }
}
