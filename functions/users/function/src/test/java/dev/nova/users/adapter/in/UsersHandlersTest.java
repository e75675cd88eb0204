package dev.nova.users.adapter.in;

import dev.nova.events.LocalQueues;
import dev.nova.invocation.FunctionContexts;
import dev.nova.routing.NovaRouting;
import dev.nova.testing.LambdaRuntime;
import dev.nova.testing.TestPostgres;
import dev.nova.testing.TestSqs;
import dev.nova.users.adapter.in.lambda.UsersEventsFunction;
import dev.nova.users.adapter.in.lambda.UsersFunction;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
        String batch = LambdaRuntime.invoke(new UsersEventsFunction(context),
                sample("users-identity-events.json"));
        assertThat(batch).as("no message is handed back for another delivery").doesNotContain("itemIdentifier");

        String reply = invoke("users-profile.json");
        assertThat(reply).contains("\"username\":\"sam_profile\"").doesNotContain("\"error\"");
    }

    @Test
    void theOperatorSamplesListAndReplayParkedOutboxEvents() throws Exception {
        String parked = invoke("users-parked-outbox-events.json");
        String replayed = invoke("users-replay-parked-outbox.json");

        assertThat(parked).contains("\"hasNextPage\":false").doesNotContain("\"error\"");
        assertThat(replayed).contains("\"domain\":\"users\"", "\"replayed\":0", "\"stillParked\":0")
                .doesNotContain("\"error\"");
    }

    private static String invoke(String event) throws Exception {
        return LambdaRuntime.invoke(new UsersFunction(context), sample(event));
    }

    private static byte[] sample(String event) throws Exception {
        return Files.readAllBytes(EVENTS.resolve(event));
    }
}
