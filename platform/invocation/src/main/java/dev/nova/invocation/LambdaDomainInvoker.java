package dev.nova.invocation;

import dev.nova.kernel.Caller;
import dev.nova.kernel.DaemonThreads;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeRequest;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Invokes domain functions through AWS Lambda's {@code Invoke} API, each domain under its own timeout, circuit
 * breaker and retry policy. Infrastructure failures become {@code UNAVAILABLE}; the domain's own typed errors
 * pass through untouched and never trip the breaker.
 */
public final class LambdaDomainInvoker implements DomainInvoker, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LambdaDomainInvoker.class);

    private final LambdaClient lambda;
    private final InvocationCodec codec;
    private final Map<String, DomainCallSettings> settings;
    private final Map<String, DomainCallPolicy> policies;
    private final ExecutorService calls;
    private final ScheduledExecutorService scheduler;

    public LambdaDomainInvoker(LambdaClient lambda, InvocationCodec codec, List<DomainCallSettings> domains,
                               ExecutorService calls, ScheduledExecutorService scheduler) {
        this.lambda = lambda;
        this.codec = codec;
        this.calls = calls;
        this.scheduler = scheduler;
        this.settings = domains.stream().collect(Collectors.toUnmodifiableMap(DomainCallSettings::domain,
                Function.identity()));
        this.policies = domains.stream().collect(Collectors.toUnmodifiableMap(DomainCallSettings::domain,
                s -> new DomainCallPolicy(s, scheduler)));
    }

    /** An invoker with its own daemon threads: up to 16 calls in flight, one timer for timeouts and backoff. */
    public static LambdaDomainInvoker create(LambdaClient lambda, InvocationCodec codec,
                                             List<DomainCallSettings> domains) {
        return new LambdaDomainInvoker(lambda, codec, domains,
                Executors.newFixedThreadPool(16, DaemonThreads.named("nova-invoke")),
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("nova-invoke-timer")));
    }

    @Override
    public <Q, R> CompletableFuture<R> invoke(Operation<Q, R> operation, Caller caller, Q request) {
        DomainCallSettings domain = settings.get(operation.domain());
        if (domain == null) {
            return CompletableFuture.failedFuture(
                    new DomainException(ErrorCode.UNAVAILABLE, operation.domain() + " is not configured"));
        }
        InvokeRequest invoke = InvokeRequest.builder()
                .functionName(domain.functionName())
                .invocationType(InvocationType.REQUEST_RESPONSE)
                .payload(SdkBytes.fromByteArrayUnsafe(codec.encodeInvocation(operation, caller, request)))
                .build();
        return policies.get(operation.domain())
                .run(operation.idempotent(), () -> CompletableFuture.supplyAsync(() -> send(invoke), calls))
                .toCompletableFuture()
                .handle((bytes, failure) -> {
                    if (failure != null) {
                        throw unavailable(operation, CallFailures.unwrap(failure));
                    }
                    return codec.decodeReply(bytes, operation.reply());
                });
    }

    private byte[] send(InvokeRequest invoke) {
        InvokeResponse response = lambda.invoke(invoke);
        if (response.functionError() != null) {
            throw new CallFailures.FunctionFailedException(invoke.functionName(), response.functionError());
        }
        return response.payload().asByteArrayUnsafe();
    }

    private static DomainException unavailable(Operation<?, ?> operation, Throwable cause) {
        if (cause instanceof DomainException domain) {
            return domain;
        }
        LOG.warn("{} could not be served: {}", operation.qualifiedName(), cause.toString());
        return new DomainException(ErrorCode.UNAVAILABLE, operation.domain() + " is unavailable, try again shortly");
    }

    /** Stops the invoker's threads; the Lambda client belongs to whoever made it (the context closes its bean). */
    @Override
    public void close() {
        calls.shutdownNow();
        scheduler.shutdownNow();
    }
}
