package dev.nova.gateway.http;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An HTTP request as the gateway needs it, whoever carried it (API Gateway, the local server).
 *
 * @param headers       header values by lower-case name
 * @param query         decoded query-string parameters
 * @param clientAddress the client's address as the edge saw it
 */
public record HttpCall(String method, Map<String, String> headers, Map<String, String> query, byte[] body,
                       String clientAddress) {

    public HttpCall {
        headers = headers == null ? Map.of() : headers.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue,
                        (first, second) -> first + "," + second));
        query = query == null ? Map.of() : Map.copyOf(query);
        body = body == null ? new byte[0] : body;
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
