package dev.nova.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An HTTP answer as a test reads it: status, headers by case-insensitive name (first value), body. */
public record HttpReply(int status, Map<String, String> headers, byte[] body) {

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
