package dev.nova.gateway.http;

import dev.nova.gateway.graphql.GraphQlRequest;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reads a GraphQL request from a POST body or GET parameters, refusing malformed ones with a 4xx. */
final class GraphQlRequestReader {

    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;
    private final int maxBodyBytes;

    GraphQlRequestReader(JsonMapper json, int maxBodyBytes) {
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    GraphQlRequest read(HttpCall call) {
        if (call.method().equals("GET")) {
            return fromParameters(call.query());
        }
        if (!MediaTypes.isJsonBody(call.header("content-type"))) {
            throw new RequestRejected(415, "UNSUPPORTED_MEDIA_TYPE", "send the request as application/json");
        }
        if (call.body().length > maxBodyBytes) {
            throw new RequestRejected(413, "PAYLOAD_TOO_LARGE",
                    "the request body is larger than " + maxBodyBytes + " bytes");
        }
        return fromBody(parseObject(call.body(), "the request body"));
    }

    private GraphQlRequest fromParameters(Map<String, String> query) {
        String text = query.get("query");
        if (text == null || text.isBlank()) {
            throw RequestRejected.badRequest("the query parameter is required");
        }
        int size = query.values().stream().mapToInt(String::length).sum();
        if (size > maxBodyBytes) {
            throw new RequestRejected(413, "PAYLOAD_TOO_LARGE", "the request is larger than " + maxBodyBytes);
        }
        return new GraphQlRequest(text, query.get("operationName"),
                optionalObject(query.get("variables"), "variables"),
                optionalObject(query.get("extensions"), "extensions"));
    }

    @SuppressWarnings("unchecked")
    private static GraphQlRequest fromBody(Map<String, Object> body) {
        if (!(body.get("query") instanceof String text) || text.isBlank()) {
            throw RequestRejected.badRequest("query must be a non-empty string");
        }
        Object operationName = body.get("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            throw RequestRejected.badRequest("operationName must be a string");
        }
        Object variables = body.get("variables");
        Object extensions = body.get("extensions");
        if (variables != null && !(variables instanceof Map) || extensions != null && !(extensions instanceof Map)) {
            throw RequestRejected.badRequest("variables and extensions must be objects");
        }
        return new GraphQlRequest(text, (String) operationName, (Map<String, Object>) variables,
                (Map<String, Object>) extensions);
    }

    private Map<String, Object> optionalObject(String text, String name) {
        return text == null || text.isBlank() ? null : parseObject(text.getBytes(StandardCharsets.UTF_8), name);
    }

    private Map<String, Object> parseObject(byte[] bytes, String what) {
        try {
            Map<String, Object> value = json.readValue(bytes, JSON_OBJECT);
            if (value == null) {
                throw RequestRejected.badRequest(what + " must be a JSON object");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            if (e instanceof RequestRejected rejected) {
                throw rejected;
            }
            throw RequestRejected.badRequest(what + " is not a valid JSON object");
        }
    }
}
