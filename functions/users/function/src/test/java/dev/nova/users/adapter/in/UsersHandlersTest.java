package dev.nova.users.adapter.in;

import com.amazonaws.services.lambda.runtime.Context;
import dev.nova.events.LocalQueues;
import dev.nova.invocation.FunctionContexts;
import dev.nova.routing.NovaRouting;
import dev.nova.testing.TestPostgres;
import dev.nova.testing.TestSqs;
import dev.nova.users.adapter.in.lambda.UsersEventsFunction;
import dev.nova.users.adapter.in.lambda.UsersFunction;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** users' two Lambda entries with the sample events in {@code sam/events/}: the SQS batch, then the invoke. */
class UsersHandlersTest {

    private static final Path EVENTS = Path.of("..", "..", "..", "sam", "events");

    private static ApplicationContext context;

    @BeforeAll
    static void start() {
        Map<String, Object> properties = new HashMap<>(TestPostgres.newDomainDatabase("users").asProperties());
        properties.putAll(LocalQueues.provision(TestSqs.server().endpoint(), NovaRouting.ROUTING, "users-sam-", 30));
        context = FunctionContexts.start("users", properties);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void theSqsSampleMakesTheProfileTheInvokeSampleReads() throws Exception {
        String batch = handle(new UsersEventsFunction(context)::handleRequest, "users-identity-events.json");
        assertThat(batch).as("no message is handed back for another delivery").doesNotContain("itemIdentifier");

        String reply = handle(new UsersFunction(context)::handleRequest, "users-profile.json");
        assertThat(reply).contains("\"username\":\"sam_profile\"").doesNotContain("\"error\"");
    }

    @Test
    void theOperatorSamplesListAndReplayParkedOutboxEvents() throws Exception {
        String parked = handle(new UsersFunction(context)::handleRequest, "users-parked-outbox-events.json");
        String replayed = handle(new UsersFunction(context)::handleRequest, "users-replay-parked-outbox.json");

        assertThat(parked).contains("\"hasNextPage\":false").doesNotContain("\"error\"");
        assertThat(replayed).contains("\"domain\":\"users\"", "\"replayed\":0", "\"stillParked\":0")
                .doesNotContain("\"error\"");
    }

    private static String handle(Handler handler, String event) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handle(new ByteArrayInputStream(Files.readAllBytes(EVENTS.resolve(event))), output, null);
        return output.toString(StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Handler {
        void handle(InputStream input, OutputStream output, Context context) throws Exception;
    }
}
