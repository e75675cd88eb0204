package dev.nova.schedulers;

import dev.nova.events.LocalQueues;
import dev.nova.identity.adapter.in.lambda.IdentityFunction;
import dev.nova.identity.api.IdentityApi;
import dev.nova.identity.api.RegisterRequest;
import dev.nova.invocation.AwsStandIns;
import dev.nova.invocation.FunctionContexts;
import dev.nova.invocation.InProcessDomainInvoker;
import dev.nova.invocation.InvocationCodec;
import dev.nova.kernel.Caller;
import dev.nova.kernel.ClientInfo;
import dev.nova.routing.NovaRouting;
import dev.nova.testing.LambdaRuntime;
import dev.nova.testing.TestIdentity;
import dev.nova.testing.TestSqs;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The EventBridge sample event through the sweeper's Lambda entry publishes what the fast path could not. */
class OutboxSweeperFunctionTest {

    private static final String PREFIX = "late-";

    @Test
    void theScheduledSweepPublishesEventsTheFastPathMissed() throws Exception {
        Map<String, Object> properties = TestIdentity.properties();
        properties.putAll(AwsStandIns.endpoint(SqsClient.SERVICE_NAME, TestSqs.server().endpoint()));
        properties.put("nova.events.queue-prefix", PREFIX);
        SqsClient sqs = TestSqs.client();
        try (IdentityFunction identity = new IdentityFunction(FunctionContexts.start("identity", properties))) {
            InProcessDomainInvoker invoker = new InProcessDomainInvoker(Map.of("identity", identity),
                    identity.context().getBean(InvocationCodec.class));
            invoker.invoke(IdentityApi.REGISTER, Caller.anonymous("c", ClientInfo.UNKNOWN),
                    new RegisterRequest("late@example.com", "late_queue", "queues arrive afterwards")).join();
            LocalQueues.create(sqs, NovaRouting.ROUTING, PREFIX, 30);

            String reports = sweepUntilPublished(invoker);

            assertThat(reports).contains("\"domain\":\"identity\"").contains("\"published\":1")
                    .contains("\"unpublished\":0");
            String url = sqs.getQueueUrl(r -> r.queueName(PREFIX + NovaRouting.USERS_FROM_IDENTITY)).queueUrl();
            assertThat(sqs.receiveMessage(r -> r.queueUrl(url)).messages()).singleElement()
                    .satisfies(m -> assertThat(m.body()).contains("late_queue"));
        }
    }

    /** Runs the schedule until the failed fast path's backoff has passed (1 s) and a sweep publishes. */
    private static String sweepUntilPublished(InProcessDomainInvoker invoker) throws Exception {
        byte[] event = Files.readAllBytes(Path.of("..", "sam", "events", "scheduled-outbox-sweep.json"));
        try (OutboxSweeperFunction sweeper = new OutboxSweeperFunction(FunctionContexts.start("schedulers",
                Map.of("nova.invoker.mode", "in-process", "nova.schedulers.outbox-domains", "identity"), invoker))) {
            String reports = "";
            for (int run = 0; run < 20 && !reports.contains("\"published\":1"); run++) {
                Thread.sleep(250);
                reports = LambdaRuntime.invoke(sweeper, event);
            }
            return reports;
        }
    }
}
