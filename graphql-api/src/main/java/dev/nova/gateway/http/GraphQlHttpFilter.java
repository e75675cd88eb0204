package dev.nova.gateway.http;

import dev.nova.gateway.config.GatewaySettings;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.RateLimit;
import dev.nova.kernel.RateLimiter;
import dev.nova.observability.CorrelationId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;
import io.micronaut.json.JsonMapper;

import java.net.InetSocketAddress;
import java.util.Optional;

/**
 * The HTTP rules of {@code /graphql} that come before GraphQL, as the GraphQL-over-HTTP specification states them:
 * GET or POST only, a response type the client accepts, a JSON body in UTF-8 for POST, and a size limit. It runs
 * before routing, so a refused request costs no routing or body decoding, and it gives every answer of the path,
 * refused or not, the request's correlation id and {@code Cache-Control: no-store}.
 */
@ServerFilter("${graphql.path:/graphql}")
@Requires(env = "gateway")
final class GraphQlHttpFilter {

    /** The negotiated response media type, for the invocation and the error handlers. */
    static final String FORMAT = "nova.graphql.format";
    static final String CORRELATION_ID = "nova.correlation-id";

    private final JsonMapper json;
    private final int maxBodyBytes;
    private final RateLimit shedding;
    private final RateLimiter clients;

    GraphQlHttpFilter(JsonMapper json, GatewaySettings settings) {
        this.json = json;
        this.maxBodyBytes = settings.maxBodyBytes();
        this.shedding = settings.shedding().orElse(null);
        this.clients = shedding == null ? null : new MemoryRateLimiter(shedding.per(), System::nanoTime);
    }

    @PreMatching
    @RequestFilter
    @Nullable
    MutableHttpResponse<byte[]> admit(HttpRequest<?> request) {
        String correlationId = CorrelationId.sanitized(request.getHeaders().get(CorrelationId.HEADER));
        request.setAttribute(CORRELATION_ID, correlationId);
        MutableHttpResponse<byte[]> shed = shed(request);
        if (shed != null) {
            return shed;
        }
        String method = request.getMethodName();
        if (!method.equals("GET") && !method.equals("POST")) {
            return refuse(request, 405, MediaTypes.JSON, "METHOD_NOT_ALLOWED", "use GET or POST")
                    .header(HttpHeaders.ALLOW, "GET, POST");
        }
        Optional<String> format = MediaTypes.negotiate(request.getHeaders().get(HttpHeaders.ACCEPT));
        if (format.isEmpty()) {
            return refuse(request, 406, MediaTypes.JSON, "NOT_ACCEPTABLE",
                    "accept " + MediaTypes.GRAPHQL_RESPONSE + " or " + MediaTypes.JSON);
        }
        request.setAttribute(FORMAT, format.get());
        if (method.equals("POST") && !MediaTypes.isJsonBody(request.getHeaders().get(HttpHeaders.CONTENT_TYPE))) {
            return refuse(request, 415, format.get(), "UNSUPPORTED_MEDIA_TYPE", "send the request as application/json");
        }
        long size = method.equals("POST") ? request.getContentLength() : rawQueryLength(request);
        if (size > maxBodyBytes) {
            return refuse(request, 413, format.get(), "PAYLOAD_TOO_LARGE",
                    "the request is larger than " + maxBodyBytes + " bytes");
        }
        return null;
    }

    /**
     * A client address over its request rate is answered {@code 429} with {@code Retry-After} before anything else
     * runs: no parsing, no token check, no domain call.
     */
    private MutableHttpResponse<byte[]> shed(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        if (clients == null || remote == null || remote.getAddress() == null) {
            return null;
        }
        try {
            clients.acquire(shedding.name() + ":" + remote.getAddress().getHostAddress(), shedding);
            return null;
        } catch (DomainException e) {
            return refuse(request, 429, MediaTypes.JSON, e.code().name(), e.getMessage())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds().orElse(1L)));
        }
    }

    @ResponseFilter
    void stamp(HttpRequest<?> request, MutableHttpResponse<?> response) {
        stamp(response, correlationId(request));
    }

    static String correlationId(HttpRequest<?> request) {
        return request.getAttribute(CORRELATION_ID, String.class).orElseGet(CorrelationId::newId);
    }

    /** The response type {@link #admit} negotiated; JSON for a request it did not see. */
    static String format(HttpRequest<?> request) {
        return request.getAttribute(FORMAT, String.class).orElse(MediaTypes.JSON);
    }

    private MutableHttpResponse<byte[]> refuse(HttpRequest<?> request, int status, String format, String code,
                                               String message) {
        return stamp(ResponseBodies.errorResponse(json, status, format, code, message), correlationId(request));
    }

    /** The correlation id, and {@code no-store} unless the answer said it may be cached (a persisted GET). */
    private static <T> MutableHttpResponse<T> stamp(MutableHttpResponse<T> response, String correlationId) {
        response.header(CorrelationId.HEADER, correlationId);
        if (!response.getHeaders().contains(HttpHeaders.CACHE_CONTROL)) {
            response.header(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        return response;
    }

    private static long rawQueryLength(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        return query == null ? 0 : query.length();
    }
}
