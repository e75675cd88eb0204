package dev.nova.gateway.lambda;

import dev.nova.gateway.GatewayFixture;
import io.micronaut.core.type.Argument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample events in {@code sam/events/} through the gateway's Lambda entry, bytes in and bytes out. */
class GatewayFunctionHandlerTest {

    private static final Path EVENTS = Path.of("..", "sam", "events");

    @RegisterExtension
    static final GatewayFixture nova = new GatewayFixture();

    @Test
    void aGraphQlPostEventRegistersAnAccount() throws Exception {
        Map<String, Object> response = invoke("gateway-register.json");

        assertThat(response.get("statusCode")).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> headers = (Map<String, Object>) response.get("headers");
        assertThat(headers)
                .containsEntry("Content-Type", "application/graphql-response+json; charset=utf-8")
                .containsEntry("X-Correlation-ID", "sam-event-register-1");
        Map<String, Object> body = nova.json.readValue((String) response.get("body"),
                Argument.mapOf(String.class, Object.class));
        assertThat(body).doesNotContainKey("errors");
        assertThat(body.toString()).contains("accessToken=ey").contains("username=sam_local");
    }

    @Test
    void aGraphQlGetEventAnswersAQuery() throws Exception {
        Map<String, Object> response = invoke("gateway-typename-get.json");

        assertThat(response.get("statusCode")).isEqualTo(200);
        assertThat(response.get("body")).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
        assertThat(response.get("isBase64Encoded")).isEqualTo(false);
    }

    private static Map<String, Object> invoke(String event) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        nova.gateway.handleRequest(new ByteArrayInputStream(Files.readAllBytes(EVENTS.resolve(event))), out, null);
        return nova.json.readValue(out.toByteArray(), Argument.mapOf(String.class, Object.class));
    }
}
