package dev.nova.local;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The main command's runtime, driven by a plain HTTP client, stopped, and started again on the same folder. */
class LocalRuntimeTest {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");

    private final LocalClient client = new LocalClient();

    @Test
    void registersLogsInAnswersMeAndKeepsTheAccountAcrossARestart(@TempDir Path dataDir) throws Exception {
        LocalOptions options = new LocalOptions(0, dataDir);
        String token;
        try (LocalRuntime nova = LocalRuntime.start(options)) {
            String registered = post(nova, null, "{\"query\":\"mutation { register(input: {email: "
                    + "\\\"rt@example.com\\\", username: \\\"runtime\\\", password: \\\"restart me please\\\"}) "
                    + "{ accessToken user { username } } }\"}");
            assertThat(registered).contains("\"username\":\"runtime\"");
            token = accessToken(registered);

            assertThat(post(nova, token, "{\"query\":\"{ me { username email } }\"}"))
                    .isEqualTo("{\"data\":{\"me\":{\"username\":\"runtime\",\"email\":\"rt@example.com\"}}}");
            assertGraphiQlNeedsNothingButNova(nova);
            assertThat(profileOnceMade(nova, token)).as("users made the profile from identity's UserRegistered")
                    .contains("\"username\":\"runtime\"");
            assertThat(nova.describe()).contains("http://localhost:" + nova.port() + "/graphql");
        }
        try (LocalRuntime again = LocalRuntime.start(options)) {
            String loggedIn = post(again, null, "{\"query\":\"mutation { login(input: {identifier: \\\"runtime\\\", "
                    + "password: \\\"restart me please\\\"}) { accessToken } }\"}");
            assertThat(loggedIn).contains("accessToken");
            assertThat(post(again, token, "{\"query\":\"{ me { username } }\"}"))
                    .as("tokens signed before the restart still verify: the keys are kept")
                    .isEqualTo("{\"data\":{\"me\":{\"username\":\"runtime\"}}}");
            assertThat(post(again, token, "{\"query\":\"{ user(username: \\\"runtime\\\") { username } }\"}"))
                    .as("the profile survives the restart").contains("\"username\":\"runtime\"");
            assertThatThrownBy(() -> LocalRuntime.start(options))
                    .hasMessageContaining("another Nova is running");
        }
    }

    /** GraphiQL's page names only assets Nova serves itself, and the schema query it sends on load answers. */
    private void assertGraphiQlNeedsNothingButNova(LocalRuntime nova) throws Exception {
        HttpResponse<String> page = get(nova, "/graphiql");
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher assets = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
        int found = 0;
        while (assets.find()) {
            String path = assets.group(1);
            assertThat(path).as("no CDN: every asset comes from Nova").startsWith("/graphiql/assets/");
            HttpResponse<String> asset = get(nova, path);
            assertThat(asset.statusCode()).as(path).isEqualTo(200);
            assertThat(asset.headers().firstValue("content-type")).hasValueSatisfying(type ->
                    assertThat(type).matches("text/(javascript|css).*"));
            assertThat(asset.body()).as(path).hasSizeGreaterThan(1000);
            found++;
        }
        assertThat(found).isEqualTo(4);
        assertThat(get(nova, "/graphiql/assets/../graphiql.html").statusCode()).isEqualTo(404);
        assertThat(get(nova, "/graphiql/assets/META-INF/MANIFEST.MF").statusCode()).isEqualTo(404);
        assertThat(client.graphql(nova, null, IntrospectionQuery.INTROSPECTION_QUERY, "{}"))
                .as("the standard introspection query that GraphiQL sends")
                .startsWith("{\"data\":{\"__schema\":").doesNotContain("\"errors\"");
    }

    /** The profile users makes from the sign-up's event, carried by the runtime's own ElasticMQ. */
    private String profileOnceMade(LocalRuntime nova, String token) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        String answer = "";
        while (System.currentTimeMillis() < deadline) {
            answer = post(nova, token, "{\"query\":\"{ user(username: \\\"runtime\\\") { username } }\"}");
            if (!answer.contains("\"user\":null")) {
                return answer;
            }
            Thread.sleep(50);
        }
        return answer;
    }

    private String post(LocalRuntime nova, String token, String body) throws Exception {
        return client.post(nova, token, body);
    }

    private HttpResponse<String> get(LocalRuntime nova, String path) throws Exception {
        return client.get(nova, path);
    }

    private static String accessToken(String body) {
        Matcher matcher = ACCESS_TOKEN.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }
}
