package dev.nova.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A plain HTTP client of a running local runtime, as curl would be. */
final class LocalClient {

    private final HttpClient http = HttpClient.newHttpClient();

    /** POSTs a GraphQL-over-HTTP JSON body to {@code /graphql}, with a bearer token when given. */
    String post(LocalRuntime nova, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + nova.port() + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** POSTs {@code query} with its variables (a JSON object's text). */
    String graphql(LocalRuntime nova, String token, String query, String variables)
            throws IOException, InterruptedException {
        String escaped = query.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return post(nova, token, "{\"query\": \"" + escaped + "\", \"variables\": " + variables + "}");
    }

    HttpResponse<String> get(LocalRuntime nova, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + nova.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
