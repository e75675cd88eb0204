package dev.nova.gateway;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway follows the GraphQL-over-HTTP specification and enforces its query limits. */
class GraphQlOverHttpTest {

    @RegisterExtension
    static final GatewayFixture nova = new GatewayFixture();

    @Test
    void answersGetQueriesWithTheGraphQlResponseMediaType() {
        HttpReply reply = call("GET", Map.of("Accept", "application/graphql-response+json"),
                Map.of("query", "{ __typename }"), "");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.headers().get("Content-Type")).isEqualTo("application/graphql-response+json; charset=utf-8");
        assertThat(reply.bodyText()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
    }

    @Test
    void answersPlainJsonToClientsThatAskForIt() {
        HttpReply reply = call("POST", Map.of("Content-Type", "application/json", "Accept", "application/json"),
                Map.of(), "{\"query\":\"{ nope }\"}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.headers().get("Content-Type")).startsWith("application/json");
        assertThat(nova.code(reply)).isEqualTo("GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void refusesMutationsOverGet() {
        HttpReply reply = call("GET", Map.of(), Map.of("query",
                "mutation { login(input: {identifier: \"a\", password: \"b\"}) { accessToken } }"), "");

        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.headers()).containsEntry("Allow", "POST");
    }

    @Test
    void refusesOtherMethodsMediaTypesAndMalformedBodies() {
        assertThat(call("PUT", Map.of(), Map.of(), "").status()).isEqualTo(405);
        assertThat(call("POST", Map.of("Content-Type", "text/plain"), Map.of(), "{ me { id } }").status())
                .isEqualTo(415);
        assertThat(call("POST", Map.of("Content-Type", "application/json"), Map.of(), "{not json").status())
                .isEqualTo(400);
        assertThat(call("POST", Map.of("Content-Type", "application/json"), Map.of(), "{\"query\": 42}").status())
                .isEqualTo(400);
        assertThat(call("POST", Map.of("Content-Type", "application/json", "Accept", "text/html"), Map.of(),
                "{\"query\":\"{ __typename }\"}").status()).isEqualTo(406);
        assertThat(call("POST", Map.of("Content-Type", "application/json"), Map.of(),
                "{\"query\":\"{ __typename }\",\"padding\":\"" + "x".repeat(70_000) + "\"}").status())
                .isEqualTo(413);
    }

    @Test
    void nothingAClientSendsIsAnInternalErrorOrNamesAJavaClass() {
        Map<String, String> json = Map.of("Content-Type", "application/json",
                "Accept", "application/graphql-response+json");
        Map<String, byte[]> hostile = new LinkedHashMap<>();
        hostile.put("an unknown operation name", nova.write(Map.of("query", "query A { __typename }",
                "operationName", "B")));
        hostile.put("two anonymous operations", nova.write(Map.of("query", "{ __typename } { __typename }")));
        hostile.put("several operations and no name", nova.write(Map.of("query",
                "query A { __typename } query B { __typename }")));
        hostile.put("a subscription", nova.write(Map.of("query", "subscription { __typename }")));
        hostile.put("a NUL in a string", nova.write(Map.of("query", "query($u: String!) { user(username: $u) "
                + "{ id } }", "variables", Map.of("u", "ada\u0000"))));
        hostile.put("a NUL in the document", nova.write(Map.of("query", "{ __typename \u0000 }")));
        hostile.put("a NUL escaped in a literal", nova.write(Map.of("query",
                "{ user(username: \"ada\\u0000\") { id } }")));
        hostile.put("invalid UTF-8", concat(GatewayFixture.utf8("{\"query\":\"{ user(username: \\\""),
                new byte[] {(byte) 0xC3, (byte) 0x28}, GatewayFixture.utf8("\\\") { id } }\"}")));
        hostile.put("a wrong variable type", nova.write(Map.of("query", "query($u: String!) { user(username: $u) "
                + "{ id } }", "variables", Map.of("u", List.of(1, 2)))));
        hostile.put("a missing variable", nova.write(Map.of("query", "query($u: String!) { user(username: $u) "
                + "{ id } }")));
        hostile.put("an object for an Int", nova.write(Map.of("query", "query($n: Int) { sessions(first: $n) "
                + "{ totalCount } }", "variables", Map.of("n", Map.of("a", 1)))));
        hostile.put("an undeclared variable", nova.write(Map.of("query", "{ user(username: $u) { id } }")));

        HttpReply notUtf8 = nova.call("POST", json, Map.of(), hostile.remove("invalid UTF-8"));
        assertThat(notUtf8.status()).isEqualTo(400);
        assertThat(nova.code(notUtf8)).isEqualTo("BAD_REQUEST");
        HttpReply nul = nova.call("POST", json, Map.of(), hostile.get("a NUL in a string"));
        assertThat(nova.extensions(nul)).containsEntry("code", "BAD_USER_INPUT").containsEntry("field", "username");
        SoftAssertions.assertSoftly(softly -> hostile.forEach((what, body) -> {
            HttpReply reply = nova.call("POST", json, Map.of(), body);
            softly.assertThat(reply.status()).as(what + ": " + reply.bodyText()).isBetween(200, 499);
            softly.assertThat(reply.bodyText()).as(what).contains("\"errors\"")
                    .doesNotContain("INTERNAL").doesNotContain("Exception").doesNotContain("java.")
                    .doesNotContain("graphql.").doesNotContain("dev.nova")
                    .doesNotContainPattern("ArrayList|LinkedHashMap|HashMap|ImmutableList|'(Integer|Long|Map|List)'");
        }));
    }

    /** Apollo's persisted-query extension for {@code query}: its SHA-256, hex. */
    static Map<String, Object> persistedQuery(String query) throws Exception {
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(query.getBytes(StandardCharsets.UTF_8)));
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void aSyntaxErrorIsABadRequestWithoutInternals() {
        HttpReply reply = post("{ me { id ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(nova.code(reply)).isEqualTo("GRAPHQL_PARSE_FAILED");
        assertThat(reply.bodyText()).doesNotContain("Exception").doesNotContain("at dev.nova");
    }

    @Test
    void refusesQueriesTooDeepOrWithTooManyAliasesBeforeCallingADomain() {
        String deep = "{ __schema { types { fields { type " + "{ ofType ".repeat(16) + "{ name }"
                + " }".repeat(16) + " } } } }";
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 25; i++) {
            aliases.append(" a").append(i).append(": __typename");
        }
        HttpReply tooDeep = post(deep);
        HttpReply tooManyAliases = post(aliases.append(" }").toString());

        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(nova.message(tooDeep)).contains("depth");
        assertThat(tooManyAliases.status()).isEqualTo(400);
        assertThat(nova.message(tooManyAliases)).contains("aliases");
    }

    @Test
    void reportsTheQueryCostWhenTheRequestAsksForItOverPostAndGet() {
        Map<String, String> headers = Map.of("Content-Type", "application/json",
                "Accept", "application/graphql-response+json");
        HttpReply posted = nova.call("POST", headers, Map.of(), nova.write(Map.of("query",
                "{ __typename }", "extensions", Map.of("cost", true))));
        HttpReply got = call("GET", Map.of("Accept", "application/graphql-response+json"),
                Map.of("query", "{ __typename }", "extensions", "{\"cost\":true}"), "");
        HttpReply unasked = post("{ __typename }");

        for (HttpReply reply : new HttpReply[] {posted, got}) {
            assertThat(reply.status()).isEqualTo(200);
            assertThat(nova.read(reply).get("extensions")).hasToString("{cost={requested=1, maximum=5000}}");
        }
        assertThat(nova.read(unasked)).doesNotContainKey("extensions");
    }

    @Test
    void aPersistedQueryRoundTripHashOnlyThenWithTheQueryThenHashOnlyOverGet() throws Exception {
        String query = "query Typename { __typename }";
        Map<String, Object> persisted = persistedQuery(query);
        Map<String, String> json = Map.of("Content-Type", "application/json",
                "Accept", "application/graphql-response+json");

        HttpReply unknown = nova.call("POST", json, Map.of(), nova.write(Map.of("extensions", persisted)));
        HttpReply registered = nova.call("POST", json, Map.of(), nova.write(Map.of("query", query,
                "extensions", persisted)));
        HttpReply byHash = call("GET", Map.of("Accept", "application/graphql-response+json"),
                Map.of("extensions", nova.json.writeValueAsString(persisted)), "");
        HttpReply forged = nova.call("POST", json, Map.of(), nova.write(Map.of("query", "{ me { id } }",
                "extensions", persisted)));

        assertThat(unknown.status()).isEqualTo(200);
        assertThat(nova.code(unknown)).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat(registered.bodyText()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
        assertThat(byHash.status()).isEqualTo(200);
        assertThat(byHash.bodyText()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
        assertThat(byHash.headers().get("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(forged.status()).as("a hash that is not the query's").isEqualTo(400);
    }

    @Test
    void aPersistedMutationIsStillRefusedOverGet() throws Exception {
        String mutation = "mutation { logout { sessionEnded } }";
        Map<String, Object> persisted = persistedQuery(mutation);
        nova.call("POST", Map.of("Content-Type", "application/json"), Map.of(), nova.write(Map.of("query", mutation,
                "extensions", persisted)));

        HttpReply overGet = call("GET", Map.of(), Map.of("extensions", nova.json.writeValueAsString(persisted)), "");

        assertThat(overGet.status()).isEqualTo(405);
    }

    @Test
    void echoesAWellFormedCorrelationIdAndReplacesAHostileOne() {
        HttpReply kept = call("POST", Map.of("Content-Type", "application/json", "X-Correlation-ID", "req-42"),
                Map.of(), "{\"query\":\"{ __typename }\"}");
        HttpReply replaced = call("POST", Map.of("Content-Type", "application/json",
                "X-Correlation-ID", "<script>alert(1)</script>"), Map.of(), "{\"query\":\"{ __typename }\"}");

        assertThat(kept.headers()).containsEntry("X-Correlation-ID", "req-42");
        assertThat(replaced.headers().get("X-Correlation-ID")).doesNotContain("<").hasSize(36);
    }

    private static HttpReply post(String query) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Accept", "application/graphql-response+json, application/json;q=0.9");
        return nova.call("POST", headers, Map.of(), nova.write(Map.of("query", query)));
    }

    private static HttpReply call(String method, Map<String, String> headers, Map<String, String> query,
                                  String body) {
        return nova.call(method, headers, query, GatewayFixture.utf8(body));
    }
}
