package dev.nova.gateway.lambda;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** An API Gateway HTTP API (payload format 2.0) response. */
@Serdeable
public record HttpApiResponse(int statusCode, Map<String, String> headers, String body, boolean isBase64Encoded) {
}
