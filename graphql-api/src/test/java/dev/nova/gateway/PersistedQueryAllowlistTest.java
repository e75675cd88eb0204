package dev.nova.gateway;

import dev.nova.gateway.http.PersistedQueryManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production gateway (allowlist mode) runs the operations of its manifest, by hash (POST or a cacheable GET) or by
 * their exact text, and refuses everything else with {@code PERSISTED_QUERY_NOT_IN_LIST} before any domain call,
 * learning nothing from the request.
 */
class PersistedQueryAllowlistTest {

    private static final String PASSWORD = "allowlist passphrase";
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json",
            "Accept", "application/graphql-response+json");

    @RegisterExtension
    static final GatewayFixture nova = new GatewayFixture(Map.of("nova.gateway.persisted-queries", "allowlist"));

    @Test
    void aListedOperationRunsByItsHashAndByItsText() throws Exception {
        Person ada = Person.signUp(nova, "allowada", PASSWORD);
        PersistedQueryManifest.Entry profile = listed("Profile");
        Map<String, Object> byHash = new HashMap<>(Map.of("extensions", Map.of("persistedQuery",
                Map.of("version", 1, "sha256Hash", profile.id())), "variables", Map.of("username", "allowada")));

        HttpReply hashed = nova.call("POST", withToken(ada.token()), Map.of(), nova.write(byHash));
        HttpReply texted = nova.post(ada.token(), profile.body(), Map.of("username", "allowada"));
        HttpReply ping = nova.call("GET", Map.of("Accept", "application/graphql-response+json"), Map.of("extensions",
                nova.json.writeValueAsString(GraphQlOverHttpTest.persistedQuery(listed("Ping").body()))), new byte[0]);

        assertThat(hashed.bodyText()).contains("\"username\":\"allowada\"").doesNotContain("errors");
        assertThat(texted.bodyText()).isEqualTo(hashed.bodyText());
        assertThat(ping.bodyText()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
        assertThat(ping.headers().get("Cache-Control")).isEqualTo("public, max-age=60");
    }

    @Test
    void anythingElseIsRefusedBeforeAnyDomainCallAndNotLearned() throws Exception {
        String unlisted = "query Mine { user(username: \"allowada\") { id } }";
        long calls = nova.usersCalls();

        HttpReply freeForm = nova.post(null, unlisted, null);
        HttpReply registering = nova.call("POST", JSON, Map.of(), nova.write(Map.of("query", unlisted,
                "extensions", GraphQlOverHttpTest.persistedQuery(unlisted))));
        HttpReply hashOnly = nova.call("POST", JSON, Map.of(), nova.write(Map.of(
                "extensions", GraphQlOverHttpTest.persistedQuery(unlisted))));

        for (HttpReply refused : new HttpReply[] {freeForm, registering, hashOnly}) {
            assertThat(refused.status()).isEqualTo(400);
            assertThat(nova.code(refused)).isEqualTo("PERSISTED_QUERY_NOT_IN_LIST");
        }
        assertThat(nova.usersCalls()).isEqualTo(calls);
    }

    private static Map<String, String> withToken(String token) {
        Map<String, String> headers = new HashMap<>(JSON);
        headers.put("Authorization", "Bearer " + token);
        return headers;
    }

    private static PersistedQueryManifest.Entry listed(String name) {
        return ShippedOperations.named(name);
    }
}
