package dev.nova.gateway.http;

import io.micronaut.configuration.graphql.GraphQLJsonSerializer;
import io.micronaut.configuration.graphql.GraphQLRequestBody;
import io.micronaut.configuration.graphql.GraphQLResponseBody;
import io.micronaut.configuration.graphql.JacksonGraphQLJsonSerializer;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * micronaut-graphql's reader and writer of GraphQL JSON, strict where the library's is lenient: a body that is not
 * a JSON object, a {@code query} that is not a string, or {@code variables} that are not an object are a typed
 * 400 ({@link RequestRejected}), never a 500 or a silently dropped field.
 */
@Singleton
@Replaces(JacksonGraphQLJsonSerializer.class)
@Requires(env = "gateway")
final class StrictGraphQlJson implements GraphQLJsonSerializer {

    /** The request attribute that carries a POST body's {@code extensions} object. */
    static final String EXTENSIONS = "nova.graphql.extensions";

    private static final Argument<Map<String, Object>> JSON_OBJECT = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;

    StrictGraphQlJson(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String serialize(Object object) {
        Object value = object instanceof GraphQLResponseBody body ? body.getSpecification() : object;
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T deserialize(String text, Class<T> requiredType) {
        if (requiredType == GraphQLRequestBody.class) {
            return (T) request(object(text, "the request body"));
        }
        if (requiredType == Map.class) {
            return (T) object(text, "variables");
        }
        throw new IllegalArgumentException("cannot read GraphQL JSON as " + requiredType.getSimpleName());
    }

    @SuppressWarnings("unchecked")
    private static GraphQLRequestBody request(Map<String, Object> body) {
        Object extensions = body.get("extensions");
        boolean persisted = extensions instanceof Map<?, ?> map && map.containsKey(PersistedQueries.EXTENSION);
        Object text = body.get("query");
        String query = text instanceof String string && !string.isBlank() ? string : null;
        // Without a query, a persisted query's hash alone: GatewayInvocation finds its text.
        if (query == null && (!persisted || text != null)) {
            throw RequestRejected.badRequest("query must be a non-empty string");
        }
        Object operationName = body.get("operationName");
        if (operationName != null && !(operationName instanceof String)) {
            throw RequestRejected.badRequest("operationName must be a string");
        }
        Object variables = body.get("variables");
        if (variables != null && !(variables instanceof Map) || extensions != null && !(extensions instanceof Map)) {
            throw RequestRejected.badRequest("variables and extensions must be objects");
        }
        // The library's request body has no extensions: they travel to GatewayInvocation on the HTTP request.
        if (extensions != null) {
            ServerRequestContext.currentRequest().ifPresent(http -> http.setAttribute(EXTENSIONS, extensions));
        }
        GraphQLRequestBody request = new GraphQLRequestBody();
        request.setQuery(query);
        request.setOperationName((String) operationName);
        request.setVariables((Map<String, Object>) variables);
        return request;
    }

    private Map<String, Object> object(String text, String what) {
        if (text != null && text.indexOf('\uFFFD') >= 0) {
            // The body was decoded as UTF-8 with bytes that are not UTF-8 replaced: refuse it rather than run a
            // query on text the client never sent. (U+FFFD escaped as \\uFFFD in JSON is still taken.)
            throw RequestRejected.badRequest(what + " is not valid UTF-8");
        }
        try {
            Map<String, Object> value = text == null || text.isBlank() ? null
                    : json.readValue(text.getBytes(StandardCharsets.UTF_8), JSON_OBJECT);
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
