package dev.nova.local;

import dev.nova.events.SqsClients;
import dev.nova.routing.NovaRouting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sqs.SqsClient;

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
            assertThat(get(nova, "/graphiql").statusCode()).isEqualTo(200);
            assertThat(receiveUserRegistered(nova)).contains("\"username\":\"runtime\"");
            assertThat(nova.describe()).contains("http://localhost:" + nova.port() + "/graphql");
        }
        try (LocalRuntime again = LocalRuntime.start(options)) {
            String loggedIn = post(again, null, "{\"query\":\"mutation { login(input: {identifier: \\\"runtime\\\", "
                    + "password: \\\"restart me please\\\"}) { accessToken } }\"}");
            assertThat(loggedIn).contains("accessToken");
            assertThat(post(again, token, "{\"query\":\"{ me { username } }\"}"))
                    .as("tokens signed before the restart still verify: the keys are kept")
                    .isEqualTo("{\"data\":{\"me\":{\"username\":\"runtime\"}}}");
            assertThat(receiveUserRegistered(again)).as("an event not yet consumed survives the restart")
                    .contains("\"username\":\"runtime\"");
            assertThatThrownBy(() -> LocalRuntime.start(options))
                    .hasMessageContaining("another Nova is running");
        }
    }

    /** Peeks at the sign-up's event, published by identity's fast path into the runtime's own ElasticMQ. */
    private static String receiveUserRegistered(LocalRuntime nova) {
        try (SqsClient sqs = SqsClients.create(nova.sqsEndpoint())) {
            String url = sqs.getQueueUrl(r -> r.queueName(NovaRouting.USERS_FROM_IDENTITY)).queueUrl();
            // A zero visibility timeout only peeks: the message stays for the next receive.
            return sqs.receiveMessage(r -> r.queueUrl(url).waitTimeSeconds(5).visibilityTimeout(0)).messages().get(0)
                    .body();
        }
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
