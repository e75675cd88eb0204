package dev.nova.gateway.http;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shapes GraphQL response bodies, giving every error an {@code extensions.code}. */
final class ResponseBodies {

    private ResponseBodies() {
    }

    static Map<String, Object> of(ExecutionResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (result.isDataPresent()) {
            body.put("data", result.getData());
        }
        if (!result.getErrors().isEmpty()) {
            body.put("errors", result.getErrors().stream().map(ResponseBodies::error).toList());
        }
        if (result.getExtensions() != null && !result.getExtensions().isEmpty()) {
            body.put("extensions", result.getExtensions());
        }
        return body;
    }

    static Map<String, Object> error(String code, String message) {
        return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code))));
    }

    /** A refusal with no GraphQL execution behind it, in the same body shape as GraphQL's own errors. */
    static MutableHttpResponse<byte[]> errorResponse(JsonMapper json, int status, String format, String code,
                                                     String message) {
        try {
            return HttpResponse.<byte[]>status(HttpStatus.valueOf(status))
                    .contentType(format + "; charset=utf-8")
                    .body(json.writeValueAsBytes(error(code, message)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> error(GraphQLError error) {
        Map<String, Object> shaped = new LinkedHashMap<>(error.toSpecification());
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.remove("classification");
        extensions.putIfAbsent("code", codeOf(error.getErrorType()));
        shaped.put("extensions", extensions);
        return shaped;
    }

    private static String codeOf(ErrorClassification type) {
        if (type == ErrorType.InvalidSyntax) {
            return "GRAPHQL_PARSE_FAILED";
        }
        if (type == ErrorType.ValidationError || type == ErrorType.ExecutionAborted) {
            return "GRAPHQL_VALIDATION_FAILED";
        }
        return "INTERNAL";
    }
}
