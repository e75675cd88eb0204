package dev.nova.gateway.http;

import dev.nova.gateway.auth.AccessTokenVerifier;
import dev.nova.gateway.graphql.GraphQlEngine;
import dev.nova.gateway.graphql.GraphQlRequest;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.observability.CorrelationId;
import graphql.ExecutionResult;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GraphQL over HTTP, as the GraphQL-over-HTTP specification describes it: POST with a JSON body or GET with
 * parameters (queries only), {@code application/graphql-response+json} with meaningful status codes when the client
 * accepts it, {@code application/json} otherwise. It authenticates the caller, runs the query, and answers with the
 * request's correlation id.
 */
public final class GraphQlHttp {

    private static final int UNAUTHORIZED = 401;

    private final GraphQlEngine engine;
    private final AccessTokenVerifier tokens;
    private final GraphQlRequestReader reader;
    private final JsonMapper json;

    public GraphQlHttp(GraphQlEngine engine, AccessTokenVerifier tokens, JsonMapper json, int maxBodyBytes) {
        this.engine = engine;
        this.tokens = tokens;
        this.json = json;
        this.reader = new GraphQlRequestReader(json, maxBodyBytes);
    }

    public HttpReply handle(HttpCall call) {
        String correlationId = CorrelationId.sanitized(call.header(CorrelationId.HEADER));
        try (CorrelationId.Scope ignored = CorrelationId.open(correlationId)) {
            return serve(call, correlationId);
        }
    }

    private HttpReply serve(HttpCall call, String correlationId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CorrelationId.HEADER, correlationId);
        headers.put("Cache-Control", "no-store");
        if (!call.method().equals("GET") && !call.method().equals("POST")) {
            headers.put("Allow", "GET, POST");
            return reply(405, MediaTypes.JSON, headers,
                    ResponseBodies.error("METHOD_NOT_ALLOWED", "use GET or POST"));
        }
        Optional<String> format = MediaTypes.negotiate(call.header("accept"));
        if (format.isEmpty()) {
            return reply(406, MediaTypes.JSON, headers, ResponseBodies.error("NOT_ACCEPTABLE",
                    "accept " + MediaTypes.GRAPHQL_RESPONSE + " or " + MediaTypes.JSON));
        }
        try {
            GraphQlRequest request = reader.read(call);
            if (call.method().equals("GET") && isMutation(request)) {
                headers.put("Allow", "POST");
                throw new RequestRejected(405, "METHOD_NOT_ALLOWED", "send mutations with POST");
            }
            ClientInfo client = new ClientInfo(call.clientAddress(), call.header("user-agent"));
            Caller caller = tokens.callerFor(call.header("authorization"), correlationId, client);
            ExecutionResult result = engine.execute(request, caller).join();
            int status = format.get().equals(MediaTypes.GRAPHQL_RESPONSE) && !result.isDataPresent() ? 400 : 200;
            return reply(status, format.get(), headers, ResponseBodies.of(result));
        } catch (RequestRejected e) {
            return reply(e.status(), format.get(), headers, ResponseBodies.error(e.code(), e.getMessage()));
        } catch (DomainException e) {
            return refusal(e, format.get(), headers);
        }
    }

    private HttpReply refusal(DomainException e, String format, Map<String, String> headers) {
        if (e.code() == ErrorCode.UNAUTHENTICATED) {
            headers.put("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return reply(UNAUTHORIZED, format, headers, ResponseBodies.error(e.code().name(), e.getMessage()));
        }
        return reply(503, format, headers, ResponseBodies.error(e.code().name(), e.getMessage()));
    }

    private static boolean isMutation(GraphQlRequest request) {
        Document document;
        try {
            document = Parser.parse(request.query());
        } catch (InvalidSyntaxException e) {
            return false;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        return operations.stream()
                .filter(op -> request.operationName() == null || request.operationName().equals(op.getName()))
                .anyMatch(op -> op.getOperation() == OperationDefinition.Operation.MUTATION);
    }

    private HttpReply reply(int status, String format, Map<String, String> headers, Map<String, Object> body) {
        headers.put("Content-Type", format + "; charset=utf-8");
        try {
            return new HttpReply(status, headers, json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
