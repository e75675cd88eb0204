package dev.nova.gateway.http;

import java.util.Locale;
import java.util.Optional;

/** Content negotiation as the GraphQL-over-HTTP specification asks. */
final class MediaTypes {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    static final String JSON = "application/json";

    private MediaTypes() {
    }

    /**
     * The response type for an {@code Accept} header: the GraphQL response type when the client accepts it,
     * otherwise JSON (also when no Accept header is sent, for older clients); empty when neither is acceptable.
     */
    static Optional<String> negotiate(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        boolean json = false;
        for (String range : accept.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = range.strip().split(";");
            if (refused(parts)) {
                continue;
            }
            String type = parts[0].strip();
            if (type.equals(GRAPHQL_RESPONSE)) {
                return Optional.of(GRAPHQL_RESPONSE);
            }
            json |= type.equals(JSON) || type.equals("application/*") || type.equals("*/*");
        }
        return json ? Optional.of(JSON) : Optional.empty();
    }

    /** True when a request body's Content-Type is JSON in UTF-8. */
    static boolean isJsonBody(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals(JSON)) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
                return false;
            }
        }
        return true;
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip().replace(" ", "");
            if (parameter.equals("q=0") || parameter.matches("q=0\\.0*")) {
                return true;
            }
        }
        return false;
    }
}
