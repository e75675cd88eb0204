package dev.nova.invocation;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.observability.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves invocations for one domain: reads the operation name, hands the typed input to its use case, and answers
 * the result or a typed error. Unknown operations and malformed inputs are typed errors; an unexpected failure is
 * logged with its correlation id and answered as {@code INTERNAL} without internals.
 */
public final class DomainDispatcher implements DomainEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(DomainDispatcher.class);

    private final DomainOperations operations;
    private final InvocationCodec codec;

    public DomainDispatcher(DomainOperations operations, InvocationCodec codec) {
        this.operations = operations;
        this.codec = codec;
    }

    @Override
    public byte[] handle(byte[] bytes) {
        Invocation invocation;
        try {
            invocation = codec.decodeInvocation(bytes);
        } catch (DomainException e) {
            LOG.warn("rejected a malformed invocation of {}", operations.domain());
            return codec.encodeError(e);
        }
        String correlationId = CorrelationId.sanitized(invocation.caller().correlationId());
        try (CorrelationId.Scope ignored = CorrelationId.open(correlationId)) {
            return dispatch(invocation);
        }
    }

    private byte[] dispatch(Invocation invocation) {
        long started = System.nanoTime();
        try {
            DomainOperations.Binding<?, ?> binding = operations.find(invocation.operation())
                    .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND,
                            "unknown operation " + invocation.operation()));
            byte[] reply = codec.encodeResult(run(binding, invocation));
            LOG.info("{} ok in {} ms", invocation.operation(), elapsedMillis(started));
            return reply;
        } catch (DomainException e) {
            LOG.info("{} answered {} in {} ms", invocation.operation(), e.code(), elapsedMillis(started));
            return codec.encodeError(e);
        } catch (RuntimeException e) {
            LOG.error("{} failed in {} ms", invocation.operation(), elapsedMillis(started), e);
            return codec.encodeError(new DomainException(ErrorCode.INTERNAL, "internal error"));
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
