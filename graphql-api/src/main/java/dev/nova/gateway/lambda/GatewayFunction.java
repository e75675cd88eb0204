package dev.nova.gateway.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.nova.gateway.http.GraphQlHttp;
import dev.nova.gateway.http.HttpCall;
import dev.nova.gateway.http.HttpReply;
import dev.nova.invocation.FunctionContexts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The gateway's Lambda entry, {@code dev.nova.gateway.lambda.GatewayFunction::handleRequest}: API Gateway HTTP API
 * (payload 2.0) events in, responses out. The context starts in the constructor, during init, so that SnapStart
 * captures it.
 */
public final class GatewayFunction implements RequestStreamHandler, AutoCloseable {

    private final ApplicationContext context;
    private final GraphQlHttp http;
    private final JsonMapper json;

    public GatewayFunction() {
        this(FunctionContexts.start("gateway"));
    }

    public GatewayFunction(ApplicationContext context) {
        this.context = context;
        this.http = context.getBean(GraphQlHttp.class);
        this.json = context.getBean(JsonMapper.class);
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context lambdaContext) throws IOException {
        HttpApiEvent event = json.readValue(input.readAllBytes(), HttpApiEvent.class);
        output.write(json.writeValueAsBytes(handle(event)));
    }

    public HttpApiResponse handle(HttpApiEvent event) {
        HttpReply reply = http.handle(toCall(event));
        return new HttpApiResponse(reply.status(), reply.headers(), reply.bodyText(), false);
    }

    private static HttpCall toCall(HttpApiEvent event) {
        HttpApiEvent.Http http = event.requestContext() == null || event.requestContext().http() == null
                ? new HttpApiEvent.Http("GET", event.rawPath(), null, null)
                : event.requestContext().http();
        byte[] body = event.body() == null ? new byte[0]
                : event.isBase64Encoded() ? Base64.getDecoder().decode(event.body())
                : event.body().getBytes(StandardCharsets.UTF_8);
        return new HttpCall(http.method(), event.headers(), event.queryStringParameters(), body, http.sourceIp());
    }

    public ApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
