package dev.nova.gateway.lambda;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * The parts of an API Gateway HTTP API (payload format 2.0) event the gateway reads. Read with compile-time
 * serde instead of the Lambda runtime's reflection, which costs cold-start time.
 */
@Serdeable
public record HttpApiEvent(@Nullable String rawPath,
                           @Nullable Map<String, String> headers,
                           @Nullable Map<String, String> queryStringParameters,
                           @Nullable String body,
                           boolean isBase64Encoded,
                           @Nullable RequestContext requestContext) {

    /** The request context: who sent it and how. */
    @Serdeable
    public record RequestContext(@Nullable String requestId, @Nullable Http http) {
    }

    /** The HTTP facts API Gateway saw. */
    @Serdeable
    public record Http(@Nullable String method, @Nullable String path, @Nullable String sourceIp,
                       @Nullable String userAgent) {
    }
}
