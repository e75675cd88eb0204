package dev.nova.bench;

import com.amazonaws.services.lambda.runtime.CustomPojoSerializer;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.nova.gateway.lambda.GatewayFunction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * Feeds one sample event through the gateway's Lambda entry, prints the answer and ends the JVM. The event is read
 * as Lambda's runtime reads it for a Micronaut function: with the {@link CustomPojoSerializer} the service loader
 * finds on the function's classpath (micronaut-aws-lambda-events-serde's), so the classes loaded are the ones Lambda
 * loads. The answer line carries the milliseconds the first request took once init was over: with SnapStart, init
 * runs before the snapshot, and what a restored function still pays is this first request.
 */
final class ProbeAnswer {

    private ProbeAnswer() {
    }

    static void answer(GatewayFunction gateway, String eventFile) throws IOException {
        CustomPojoSerializer serializer = ServiceLoader.load(CustomPojoSerializer.class).findFirst().orElseThrow();
        APIGatewayV2HTTPEvent event;
        try (InputStream in = Files.newInputStream(Path.of(eventFile))) {
            event = serializer.fromJson(in, APIGatewayV2HTTPEvent.class);
        }
        long started = System.nanoTime();
        APIGatewayV2HTTPResponse response = gateway.handleRequest(event, null);
        long firstRequest = (System.nanoTime() - started) / 1_000_000;
        String answer = response.getStatusCode() + " " + response.getBody();
        System.out.println("ANSWERED " + firstRequest + " " + answer.substring(0, Math.min(120, answer.length())));
        System.out.flush();
        Runtime.getRuntime().halt(response.getStatusCode() == 200 ? 0 : 1);
    }
}
