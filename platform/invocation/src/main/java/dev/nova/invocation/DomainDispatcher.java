package dev.nova.invocation;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.RateLimiter;
import dev.nova.observability.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves invocations for one domain: reads the operation name, hands the typed input to its use case, and answers
 * the result or a typed error. Unknown operations and malformed inputs are typed errors; an unexpected failure is
 * logged with its correlation id and answered as {@code INTERNAL} without internals. Successes log at DEBUG (the
 * sweeper alone calls every domain every two seconds; Lambda's own REPORT line already times each invocation),
 * typed refusals at INFO.
 */
public final class DomainDispatcher implements DomainEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(DomainDispatcher.class);

    private final DomainOperations operations;
    private final InvocationCodec codec;
    private final RateLimiter limiter;

    /** A dispatcher whose operations' rate limits are not enforced (tests of the dispatch itself). */
    public DomainDispatcher(DomainOperations operations, InvocationCodec codec) {
        this(operations, codec, (bucket, limit) -> { });
    }

    public DomainDispatcher(DomainOperations operations, InvocationCodec codec, RateLimiter limiter) {
        this.operations = operations;
        this.codec = codec;
        this.limiter = limiter;
    }

    @Override
    public byte[] handle(byte[] bytes) {
        Invocation invocation;
        try {
            invocation = codec.decodeInvocation(bytes);
        } catch (DomainException e) {
            LOG.warn("rejected a malformed invocation of {}", operations.domain());
            return codec.encode(InvocationReply.of(e));
        }
        return codec.encode(dispatch(invocation));
    }

    /** Serves one invocation, under its caller's correlation id. */
    public InvocationReply dispatch(Invocation invocation) {
        if (invocation == null || invocation.operation() == null || invocation.caller() == null) {
            return InvocationReply.of(new DomainException(ErrorCode.BAD_USER_INPUT,
                    "the invocation needs an operation and a caller"));
        }
        String correlationId = CorrelationId.sanitized(invocation.caller().correlationId());
        try (CorrelationId.Scope ignored = CorrelationId.open(correlationId)) {
            return run(invocation);
        }
    }

    private InvocationReply run(Invocation invocation) {
        long started = System.nanoTime();
        try {
            DomainOperations.Binding<?, ?> binding = operations.find(invocation.operation())
                    .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND,
                            "unknown operation " + invocation.operation()));
            operations.limitOf(invocation.operation()).ifPresent(limit -> limit.bucketOf(invocation.caller())
                    .ifPresent(bucket -> limiter.acquire(bucket, limit)));
            InvocationReply reply = codec.result(run(binding, invocation));
            LOG.debug("{} ok in {} ms", invocation.operation(), elapsedMillis(started));
            return reply;
        } catch (DomainException e) {
            LOG.info("{} answered {} in {} ms", invocation.operation(), e.code(), elapsedMillis(started));
            return InvocationReply.of(e);
        } catch (RuntimeException e) {
            LOG.error("{} failed in {} ms", invocation.operation(), elapsedMillis(started), e);
            return InvocationReply.of(DomainException.unexpected(e));
        }
    }

    private <Q, R> R run(DomainOperations.Binding<Q, R> binding, Invocation invocation) {
        Q request = codec.decodePayload(invocation.payload(), binding.operation().request());
        return binding.handler().handle(invocation.caller(), request);
    }

    private static long elapsedMillis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
