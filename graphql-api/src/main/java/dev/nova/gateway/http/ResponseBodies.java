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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shapes GraphQL response bodies, giving every error an {@code extensions.code}. */
final class ResponseBodies {

    /** graphql-java's classification of {@code IntrospectionDisabledError}. */
    private static final String INTROSPECTION_DISABLED = "IntrospectionDisabled";
    private static final Pattern JAVA_CLASS = Pattern.compile("\\ba '([A-Z][A-Za-z0-9]*(?:\\[\\])?)'");
    private static final Set<String> NUMBERS = Set.of("Integer", "Long", "Short", "Byte", "BigInteger", "Double",
            "Float", "BigDecimal");

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
        if (shaped.get("message") instanceof String message) {
            shaped.put("message", withJsonKinds(message));
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.remove("classification");
        if (error.getErrorType() != null && INTROSPECTION_DISABLED.equals(error.getErrorType().toString())) {
            // Production turns introspection off: a refusal of the document, with the reason, not a fault.
            extensions.putIfAbsent("code", "GRAPHQL_VALIDATION_FAILED");
            extensions.putIfAbsent("reason", "INTROSPECTION_DISABLED");
        }
        extensions.putIfAbsent("code", codeOf(error.getErrorType()));
        shaped.put("extensions", extensions);
        return shaped;
    }

    /**
     * graphql-java's input coercion messages name the Java class of the value it got ("but it was a 'ArrayList'");
     * a client sent JSON, so the message names the JSON kind instead ("but it was a list").
     */
    static String withJsonKinds(String message) {
        Matcher matcher = JAVA_CLASS.matcher(message);
        StringBuilder rewritten = new StringBuilder();
        while (matcher.find()) {
            String kind = jsonKind(matcher.group(1));
            matcher.appendReplacement(rewritten, Matcher.quoteReplacement(kind == null ? matcher.group() : kind));
        }
        return matcher.appendTail(rewritten).toString();
    }

    /** The JSON kind of a value of this Java class; null for a name that is not one (a GraphQL type, say). */
    private static String jsonKind(String javaClass) {
        if (javaClass.endsWith("List") || javaClass.endsWith("Set") || javaClass.endsWith("[]")) {
            return "a list";
        }
        if (javaClass.endsWith("Map")) {
            return "an object";
        }
        if (NUMBERS.contains(javaClass)) {
            return "a number";
        }
        return switch (javaClass) {
            case "Boolean" -> "a boolean";
            case "String" -> "a string";
            default -> null;
        };
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
