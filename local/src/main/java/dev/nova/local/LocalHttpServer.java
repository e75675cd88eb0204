package dev.nova.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.nova.gateway.http.GraphQlHttp;
import dev.nova.gateway.http.HttpCall;
import dev.nova.gateway.http.HttpReply;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local runtime's HTTP front, on loopback only: {@code /graphql} carried to the same {@link GraphQlHttp} that
 * serves API Gateway in AWS, and GraphiQL at {@code /graphiql}.
 */
final class LocalHttpServer implements AutoCloseable {

    private static final int MAX_BODY_BYTES = 1024 * 1024;

    private final HttpServer server;
    private final ExecutorService workers;

    LocalHttpServer(int port, GraphQlHttp graphQl) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + " (is it taken?)", e);
        }
        workers = Executors.newFixedThreadPool(8);
        byte[] graphiql = resource("graphiql.html");
        GraphiQlAssets assets = new GraphiQlAssets();
        server.createContext("/graphql", exchange -> serve(exchange, graphQl));
        server.createContext("/graphiql", exchange -> send(exchange, 200, "text/html; charset=utf-8", graphiql));
        server.createContext(GraphiQlAssets.PATH, exchange -> asset(exchange, assets));
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Location", "/graphiql");
            send(exchange, exchange.getRequestURI().getPath().equals("/") ? 302 : 404, "text/plain", new byte[0]);
        });
        server.setExecutor(workers);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private static void serve(HttpExchange exchange, GraphQlHttp graphQl) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/graphql")) {
            send(exchange, 404, "text/plain", new byte[0]);
            return;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        HttpReply reply = graphQl.handle(new HttpCall(exchange.getRequestMethod(), headers,
                query(exchange.getRequestURI().getRawQuery()), body,
                exchange.getRemoteAddress().getAddress().getHostAddress()));
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        send(exchange, reply.status(), null, reply.body());
    }

    private static void asset(HttpExchange exchange, GraphiQlAssets assets) throws IOException {
        GraphiQlAssets.Asset asset = assets.find(exchange.getRequestURI().getPath()).orElse(null);
        if (asset == null) {
            send(exchange, 404, "text/plain", new byte[0]);
            return;
        }
        exchange.getResponseHeaders().set("Cache-Control", "public, max-age=86400");
        send(exchange, 200, asset.contentType(), asset.body());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    private static byte[] resource(String name) {
        try (InputStream in = LocalHttpServer.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(1);
        workers.shutdownNow();
    }
}
