package dev.nova.invocation;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the Lambda service's {@code Invoke} API on loopback: it serves
 * {@code POST /2015-03-31/functions/{name}/invocations} with a real domain endpoint, and can be told to answer the
 * next calls the ways Lambda fails (throttled, function crashed, too slow).
 */
final class LocalLambdaEndpoint implements AutoCloseable {

    enum Fault { THROTTLE, CRASH, SLOW }

    private final HttpServer server;
    private final DomainEndpoint function;
    private final Deque<Fault> faults = new ArrayDeque<>();
    final List<String> invokedFunctions = new CopyOnWriteArrayList<>();

    LocalLambdaEndpoint(DomainEndpoint function) throws IOException {
        this.function = function;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/2015-03-31/functions/", this::invoke);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    synchronized void failNext(Fault fault, int times) {
        for (int i = 0; i < times; i++) {
            faults.add(fault);
        }
    }

    private synchronized Fault nextFault() {
        return faults.poll();
    }

    private void invoke(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String name = path.substring("/2015-03-31/functions/".length(), path.lastIndexOf("/invocations"));
        invokedFunctions.add(URLDecoder.decode(name, StandardCharsets.UTF_8));
        byte[] request = exchange.getRequestBody().readAllBytes();
        Fault fault = nextFault();
        if (fault == Fault.THROTTLE) {
            exchange.getResponseHeaders().set("X-Amzn-ErrorType", "TooManyRequestsException");
            reply(exchange, 429, "{\"Type\":\"User\",\"message\":\"Rate Exceeded.\"}");
            return;
        }
        if (fault == Fault.CRASH) {
            exchange.getResponseHeaders().set("X-Amz-Function-Error", "Unhandled");
            reply(exchange, 200, "{\"errorMessage\":\"boom\",\"errorType\":\"java.lang.IllegalStateException\"}");
            return;
        }
        if (fault == Fault.SLOW) {
            sleep(1500);
        }
        reply(exchange, 200, new String(function.handle(request), StandardCharsets.UTF_8));
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
