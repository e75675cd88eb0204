package dev.nova.gateway.http;

import dev.nova.gateway.config.GatewaySettings;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

/**
 * Every error Micronaut answers by itself (no route, a missing parameter, a body over the size limit, a failure)
 * in the gateway's one error shape, {@code {"errors":[{"message","extensions":{"code"}}]}}, with a message written
 * for API clients instead of the framework's (which can name Java types).
 */
@Singleton
@Requires(env = "gateway")
final class GatewayErrors implements ErrorResponseProcessor<byte[]> {

    private final JsonMapper json;
    private final int maxBodyBytes;

    GatewayErrors(JsonMapper json, GatewaySettings settings) {
        this.json = json;
        this.maxBodyBytes = settings.maxBodyBytes();
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<byte[]> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        MutableHttpResponse<byte[]> shaped = ResponseBodies.errorResponse(json, status,
                GraphQlHttpFilter.format(context.getRequest()), code(status), message(status));
        MutableHttpResponse<byte[]> base = (MutableHttpResponse<byte[]>) response;
        shaped.getHeaders().forEach((name, values) -> values.forEach(value -> base.header(name, value)));
        return base.body(shaped.body());
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> status < 500 ? "BAD_REQUEST" : "INTERNAL";
        };
    }

    private String message(int status) {
        return switch (status) {
            case 400 -> "the request is not a GraphQL request: send query as a parameter or in a JSON body";
            case 404 -> "nothing is served here; GraphQL is at /graphql";
            case 405 -> "use GET or POST";
            case 406 -> "accept " + MediaTypes.GRAPHQL_RESPONSE + " or " + MediaTypes.JSON;
            case 413 -> "the request is larger than " + maxBodyBytes + " bytes";
            case 415 -> "send the request as application/json";
            default -> status < 500 ? "the request was refused"
                    : "the request failed; its X-Correlation-ID names it in the logs";
        };
    }

    /** {@link RequestRejected}, thrown while a request is read, answered with its status and code. */
    @Produces
    @Singleton
    @Requires(env = "gateway")
    static final class Rejections implements ExceptionHandler<RequestRejected, HttpResponse<?>> {

        private final JsonMapper json;

        Rejections(JsonMapper json) {
            this.json = json;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, RequestRejected rejected) {
            return ResponseBodies.errorResponse(json, rejected.status(), GraphQlHttpFilter.format(request),
                    rejected.code(), rejected.getMessage());
        }
    }
}
