package dev.nova.gateway.http;

import dev.nova.gateway.auth.AccessTokenVerifier;
import dev.nova.gateway.config.GatewaySettings;
import dev.nova.gateway.graphql.GraphQlEngine;
import dev.nova.gateway.graphql.GraphQlRequest;
import dev.nova.gateway.graphql.RequestScope;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;
import dev.nova.observability.CorrelationId;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.micronaut.configuration.graphql.DefaultGraphQLInvocation;
import io.micronaut.configuration.graphql.GraphQLInvocation;
import io.micronaut.configuration.graphql.GraphQLInvocationData;
import io.micronaut.configuration.graphql.GraphQLJsonSerializer;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;

/**
 * Runs one GraphQL request for micronaut-graphql's controller: authenticates the caller from the bearer token, runs
 * the query on {@link GraphQlEngine} (its limits, a fresh DataLoader registry) and sets the status code the
 * GraphQL-over-HTTP specification gives the outcome. It runs on the blocking executor, never on Netty's event
 * loop: domain calls block.
 */
@Singleton
@Replaces(DefaultGraphQLInvocation.class)
@Requires(env = "gateway")
final class GatewayInvocation implements GraphQLInvocation {

    /** Persisted query texts kept per instance; an app ships a few hundred operations at most. */
    private static final int PERSISTED_QUERIES = 5_000;
    private static final String PUBLIC_CACHE = "public, max-age=60";
    /** The header a client may send its idempotency key in, instead of {@code input.idempotencyKey}. */
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final GraphQlEngine engine;
    private final AccessTokenVerifier tokens;
    private final Scheduler blocking;
    private final GraphQLJsonSerializer json;
    private final PersistedQueries persistedQueries;

    GatewayInvocation(GraphQlEngine engine, AccessTokenVerifier tokens, GraphQLJsonSerializer json, JsonMapper mapper,
                      GatewaySettings settings, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.engine = engine;
        this.tokens = tokens;
        this.json = json;
        this.persistedQueries = switch (settings.persistedQueries()) {
            case AUTOMATIC -> PersistedQueries.automatic(PERSISTED_QUERIES);
            case ALLOWLIST -> PersistedQueries.allowlist(manifest(mapper));
        };
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Override
    public Publisher<ExecutionResult> invoke(GraphQLInvocationData data, HttpRequest httpRequest,
                                             @Nullable MutableHttpResponse<String> response) {
        HttpRequest<?> request = httpRequest;
        String format = GraphQlHttpFilter.format(request);
        if (response != null) {
            response.contentType(format + "; charset=utf-8");
        }
        return Mono.fromCallable(() -> run(data, request, response, format)).subscribeOn(blocking);
    }

    private ExecutionResult run(GraphQLInvocationData data, HttpRequest<?> request,
                                @Nullable MutableHttpResponse<String> response, String format) {
        String correlationId = GraphQlHttpFilter.correlationId(request);
        try (CorrelationId.Scope ignored = CorrelationId.open(correlationId)) {
            Map<String, Object> extensions = extensions(request);
            Optional<String> persisted = PersistedQueries.hashIn(extensions);
            String query = persistedQueries.resolve(persisted.orElse(null), data.getQuery());
            if (persisted.isPresent() && query == null) {
                // Apollo's handshake: the client sends the query with its hash next.
                return refuse(response, HttpStatus.OK, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound");
            }
            if (query == null || query.isBlank()) {
                return refuse(response, HttpStatus.BAD_REQUEST, "BAD_REQUEST", "query must be a non-empty string");
            }
            GraphQlRequest graphQl = new GraphQlRequest(query, data.getOperationName(), data.getVariables(),
                    extensions);
            if (request.getMethod() == HttpMethod.GET && isMutation(graphQl)) {
                if (response != null) {
                    response.header(HttpHeaders.ALLOW, "POST");
                }
                return refuse(response, HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                        "send mutations with POST");
            }
            AccessTokenVerifier.Verified verified = tokens.verify(request.getHeaders().get(HttpHeaders.AUTHORIZATION),
                    correlationId, new ClientInfo(address(request), request.getHeaders().get(HttpHeaders.USER_AGENT)));
            if (verified.problem() != null && response != null) {
                // The request runs anonymously; the header says why the token was not taken (RFC 6750).
                response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\", error_description=\""
                        + verified.problem().message() + "\"");
            }
            ExecutionResult result = engine.execute(graphQl, new RequestScope(verified.caller(), verified.problem(),
                    request.getHeaders().get(IDEMPOTENCY_KEY))).join();
            if (response != null && format.equals(MediaTypes.GRAPHQL_RESPONSE) && !result.isDataPresent()) {
                response.status(HttpStatus.BAD_REQUEST);
            }
            if (response != null && persisted.isPresent() && request.getMethod() == HttpMethod.GET
                    && verified.caller().userId() == null && verified.problem() == null
                    && result.getErrors().isEmpty()) {
                // A persisted query read anonymously answers the same for everyone: a CDN or app cache may keep it.
                response.header(HttpHeaders.CACHE_CONTROL, PUBLIC_CACHE).header(HttpHeaders.VARY, "Authorization");
            }
            return result;
        } catch (RequestRejected e) {
            return refuse(response, HttpStatus.valueOf(e.status()), e.code(), e.getMessage());
        } catch (DomainException e) {
            return refuse(response, HttpStatus.SERVICE_UNAVAILABLE, e.code().name(), e.getMessage());
        }
    }

    /** The allowlist on the classpath; a gateway told to allowlist without one does not start. */
    private static PersistedQueryManifest manifest(JsonMapper json) {
        try (InputStream in = GatewayInvocation.class.getClassLoader()
                .getResourceAsStream(PersistedQueryManifest.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("allowlist mode needs " + PersistedQueryManifest.RESOURCE
                        + " on the classpath");
            }
            return json.readValue(in.readAllBytes(), PersistedQueryManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExecutionResult refuse(@Nullable MutableHttpResponse<String> response, HttpStatus status,
                                          String code, String message) {
        if (response != null) {
            response.status(status);
        }
        return ExecutionResult.newExecutionResult().addError(new Refusal(code, message)).build();
    }

    /** The request's {@code extensions}: from a POST body (see {@link StrictGraphQlJson}) or a GET parameter. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> extensions(HttpRequest<?> request) {
        Object posted = request.getAttribute(StrictGraphQlJson.EXTENSIONS).orElse(null);
        if (posted instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        String parameter = request.getParameters().get("extensions");
        return parameter == null || parameter.isBlank() ? null : json.deserialize(parameter, Map.class);
    }

    private static boolean isMutation(GraphQlRequest request) {
        Document document;
        try {
            document = Parser.parse(request.query());
        } catch (InvalidSyntaxException e) {
            return false;
        }
        return document.getDefinitionsOfType(OperationDefinition.class).stream()
                .filter(op -> request.operationName() == null || request.operationName().equals(op.getName()))
                .anyMatch(op -> op.getOperation() == OperationDefinition.Operation.MUTATION);
    }

    private static String address(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? null : remote.getAddress().getHostAddress();
    }

    /** An error that stopped the request before GraphQL ran, with its code. */
    private record Refusal(String code, String message) implements GraphQLError {

        @Override
        public String getMessage() {
            return message;
        }

        @Override
        public List<SourceLocation> getLocations() {
            return null;
        }

        @Override
        public graphql.ErrorClassification getErrorType() {
            return null;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of("code", code);
        }
    }
}
