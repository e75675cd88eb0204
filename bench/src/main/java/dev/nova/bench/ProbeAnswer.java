package dev.nova.bench;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;

import dev.nova.gateway.lambda.GatewayFunction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Feeds one sample event through the gateway's Lambda entry, prints the answer and ends the JVM. */
final class ProbeAnswer {

    private ProbeAnswer() {
    }

    static void answer(GatewayFunction gateway, String eventFile) throws IOException {
        APIGatewayV2HTTPEvent event;
        try (InputStream in = Files.newInputStream(Path.of(eventFile))) {
            event = LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class,
                    ProbeAnswer.class.getClassLoader()).fromJson(in);
        }
        APIGatewayV2HTTPResponse response = gateway.handleRequest(event, null);
        String answer = response.getStatusCode() + " " + response.getBody();
        System.out.println("ANSWERED " + answer.substring(0, Math.min(120, answer.length())));
        System.out.flush();
        Runtime.getRuntime().halt(response.getStatusCode() == 200 ? 0 : 1);
    }
}
