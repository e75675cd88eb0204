package dev.nova.cdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nova.events.Route;
import dev.nova.identity.api.IdentityDomain;
import dev.nova.invocation.DomainDescriptor;
import dev.nova.media.api.MediaDomain;
import dev.nova.routing.NovaDomains;
import dev.nova.routing.NovaRouting;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sam/template.yaml} stays true to the code: every handler it names is a class with that method in the jar it
 * points at, every sample event in {@code sam/events/} is one some function of the template receives, and the
 * template carries every handler the CDK app deploys.
 */
class SamTemplateTest {

    private static final Path SAM = Path.of("..", "sam").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SamTemplate template = SamTemplate.read(SAM);

    @Test
    void everyHandlerIsAClassWithThatMethodInTheJarItPointsAt() throws Exception {
        assertThat(template.functions()).hasSizeGreaterThanOrEqualTo(7);
        for (SamTemplate.Function function : template.functions()) {
            assertThat(function.jar()).as("%s's CodeUri", function.name()).isRegularFile();
            // The jar alone, as Lambda loads it: nothing from this test's classpath can stand in for a class.
            try (URLClassLoader jar = new URLClassLoader(new URL[] {function.jar().toUri().toURL()},
                    ClassLoader.getPlatformClassLoader())) {
                Class<?> handler = Class.forName(function.handlerClass(), false, jar);
                assertThat(Stream.of(handler.getMethods()).map(Method::getName))
                        .as("%s's public methods", handler.getName()).contains(function.handlerMethod());
                assertThat(handler.getConstructor()).as("%s's no-argument constructor", handler.getName())
                        .isNotNull();
            }
        }
    }

    @Test
    void everySampleEventIsOneAFunctionOfTheTemplateReceives() throws IOException {
        List<Path> events;
        try (Stream<Path> files = Files.list(SAM.resolve("events"))) {
            events = files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(events).isNotEmpty();
        for (Path file : events) {
            JsonNode event = JSON.readTree(file.toFile());
            assertThat(receivers(event)).as("functions of the template that receive %s", file.getFileName())
                    .isNotEmpty();
        }
    }

    @Test
    void theTemplateCarriesEveryHandlerTheCdkAppDeploys() {
        List<String> deployed = new ArrayList<>(List.of(
                NovaFunctions.GATEWAY_JAR + " " + NovaFunctions.GATEWAY_HANDLER,
                NovaFunctions.SCHEDULERS_JAR + " " + NovaFunctions.OUTBOX_SWEEPER_HANDLER,
                NovaFunctions.MIGRATIONS_JAR + " " + NovaFunctions.MIGRATIONS_HANDLER,
                IdentityDomain.DESCRIPTOR.jar() + " " + NovaFunctions.SIGNING_KEY_ROTATION_HANDLER,
                MediaDomain.DESCRIPTOR.jar() + " " + NovaFunctions.UPLOAD_NOTIFICATIONS_HANDLER));
        for (DomainDescriptor domain : NovaDomains.ALL) {
            deployed.add(domain.jar() + " " + domain.lambdaHandler());
            domain.lambdaEventsHandler().ifPresent(handler -> deployed.add(domain.jar() + " " + handler));
        }
        Path root = SAM.getParent();
        List<String> inTemplate = template.functions().stream()
                .map(function -> root.relativize(function.jar()) + " " + function.handler()).toList();
        assertThat(inTemplate).containsAll(deployed);
    }

    /** The functions of the template that an event of this shape reaches. */
    private List<SamTemplate.Function> receivers(JsonNode event) {
        if (event.has("routeKey")) {
            return withEvent("HttpApi", properties -> event.get("routeKey").asText()
                    .equals(properties.get("Method") + " " + properties.get("Path")));
        }
        if (event.has("Records") && event.get("Records").get(0).path("eventSourceARN").asText()
                .endsWith("media-upload-notifications")) {
            // S3's notifications of created uploads: not Nova's envelopes, and not routed by event type.
            return handledBy(NovaFunctions.UPLOAD_NOTIFICATIONS_HANDLER);
        }
        if (event.has("Records")) {
            String type = bodyType(event.get("Records").get(0));
            return withEvent("SQS", properties -> routeOf(properties.get("Queue"))
                    .filter(route -> route.eventTypes().contains(type)).isPresent());
        }
        if ("Scheduled Event".equals(event.path("detail-type").asText())) {
            return withEvent("Schedule", properties -> true);
        }
        if (event.has("operation")) {
            String domain = event.get("operation").asText().split("\\.")[0];
            return handledBy(NovaDomains.named(domain).lambdaHandler());
        }
        if (event.has("Step") && event.has("SecretId")) {
            return handledBy(NovaFunctions.SIGNING_KEY_ROTATION_HANDLER);
        }
        if (event.has("RequestType") && event.has("ResourceProperties")) {
            return handledBy(NovaFunctions.MIGRATIONS_HANDLER);
        }
        return List.of();
    }

    private List<SamTemplate.Function> withEvent(String type, java.util.function.Predicate<Map<String, Object>> fits) {
        return template.functions().stream().filter(function -> function.events().values().stream()
                .map(SamTemplate::map)
                .anyMatch(event -> type.equals(event.get("Type")) && fits.test(SamTemplate.map(event.get("Properties")))))
                .toList();
    }

    private List<SamTemplate.Function> handledBy(String handler) {
        return template.functions().stream().filter(function -> function.handler().equals(handler)).toList();
    }

    /** The route whose queue a SAM {@code Queue: !GetAtt <Resource>.Arn} names, by the queue's declared name. */
    private Optional<Route> routeOf(Object queueAttribute) {
        String resource = queueAttribute.toString().replace(".Arn", "");
        Object queue = SamTemplate.map(SamTemplate.map(template.resources().get(resource)).get("Properties"))
                .get("QueueName");
        String name = queue.toString().replace("${QueuePrefix}", "");
        return NovaRouting.ROUTING.routes().stream().filter(route -> route.queue().equals(name)).findFirst();
    }

    private static String bodyType(JsonNode record) {
        try {
            return JSON.readTree(record.get("body").asText()).get("type").asText();
        } catch (IOException e) {
            throw new IllegalStateException("an SQS sample event's body is an event envelope", e);
        }
    }
}
