package dev.nova.invocation;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import io.micronaut.serde.annotation.Serdeable;

/** A typed error as it crosses the wire between a domain function and the gateway. */
@Serdeable
public record InvocationError(ErrorCode code, String message, String field, Long retryAfterSeconds) {

    static InvocationError of(DomainException e) {
        return new InvocationError(e.code(), e.getMessage(), e.field(), e.retryAfterSeconds().orElse(null));
    }

    DomainException toException() {
        ErrorCode known = code == null ? ErrorCode.INTERNAL : code;
        return new DomainException(known, message == null ? "the operation failed" : message, field,
                retryAfterSeconds);
    }
}
