package dev.nova.bench;

import dev.nova.gateway.lambda.GatewayFunction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Feeds one sample event through the gateway's Lambda entry, prints the answer and ends the JVM. */
final class ProbeAnswer {

    private ProbeAnswer() {
    }

    static void answer(GatewayFunction gateway, String eventFile) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        gateway.handleRequest(new ByteArrayInputStream(Files.readAllBytes(Path.of(eventFile))), out, null);
        String answer = out.toString(StandardCharsets.UTF_8);
        System.out.println("ANSWERED " + answer.substring(0, Math.min(120, answer.length())));
        System.out.flush();
        Runtime.getRuntime().halt(answer.contains("\"statusCode\":200") ? 0 : 1);
    }
}
