package dev.nova.gateway.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dev.nova.gateway.GatewayFixture;
import io.micronaut.core.type.Argument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample events in {@code sam/events/} through the gateway's Lambda entry, read as the Lambda Java runtime reads
 * them (its own event serializers) and answered through micronaut-function-aws' API Gateway adapter.
 */
class GatewayFunctionHandlerTest {

    private static final Path EVENTS = Path.of("..", "sam", "events");

    @RegisterExtension
    static final GatewayFixture nova = new GatewayFixture();

    @Test
    void aGraphQlPostEventRegistersAnAccount() throws Exception {
        APIGatewayV2HTTPResponse response = invoke("gateway-register.json");

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders())
                .containsEntry("Content-Type", "application/graphql-response+json; charset=utf-8")
                .containsEntry("X-Correlation-ID", "sam-event-register-1");
        Map<String, Object> body = nova.json.readValue(response.getBody(), Argument.mapOf(String.class, Object.class));
        assertThat(body).doesNotContainKey("errors");
        assertThat(body.toString()).contains("accessToken=ey").contains("username=sam_local");
    }

    @Test
    void aGraphQlGetEventAnswersAQuery() throws Exception {
        APIGatewayV2HTTPResponse response = invoke("gateway-typename-get.json");

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo("{\"data\":{\"__typename\":\"Query\"}}");
        assertThat(response.getIsBase64Encoded()).isFalse();
    }

    @Test
    void aPostedEventsExtensionsReachTheQuery() {
        APIGatewayV2HTTPResponse response = nova.gateway.handleRequest(post("application/json",
                "{\"query\":\"{ __typename }\",\"extensions\":{\"cost\":true}}"), null);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"extensions\":{\"cost\":{\"requested\":1,\"maximum\":5000}}");
    }

    @Test
    void primingAnswersATypenameQueryThroughTheWholePath() {
        assertThat(nova.gateway.prime()).isTrue();
    }

    @Test
    void aRefusedEventIsAnsweredInTheGatewaysErrorShape() {
        APIGatewayV2HTTPResponse response = nova.gateway.handleRequest(post("text/plain", "{ __typename }"), null);

        assertThat(response.getStatusCode()).isEqualTo(415);
        assertThat(response.getBody()).contains("\"code\":\"UNSUPPORTED_MEDIA_TYPE\"");
    }

    /** An API Gateway event POSTing {@code body} to {@code /graphql}. */
    private static APIGatewayV2HTTPEvent post(String contentType, String body) {
        return APIGatewayV2HTTPEvent.builder()
                .withRawPath("/graphql")
                .withHeaders(Map.of("content-type", contentType))
                .withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("POST").withPath("/graphql").withSourceIp("198.51.100.7").build())
                        .build())
                .build();
    }

    private static APIGatewayV2HTTPResponse invoke(String event) throws Exception {
        try (InputStream in = Files.newInputStream(EVENTS.resolve(event))) {
            APIGatewayV2HTTPEvent request = LambdaEventSerializers
                    .serializerFor(APIGatewayV2HTTPEvent.class, GatewayFunction.class.getClassLoader())
                    .fromJson(in);
            return nova.gateway.handleRequest(request, null);
        }
    }
}
