package dev.nova.gateway.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An HTTP response, whoever carries it back. */
public record HttpReply(int status, Map<String, String> headers, byte[] body) {

    public HttpReply {
        headers = Map.copyOf(headers);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
