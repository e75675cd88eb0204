package dev.nova.media.adapter.in;

import dev.nova.events.LocalQueues;
import dev.nova.invocation.FunctionContexts;
import dev.nova.media.adapter.in.lambda.MediaFunction;
import dev.nova.media.adapter.in.lambda.MediaPipelineFunction;
import dev.nova.media.adapter.in.lambda.UploadNotificationsFunction;
import dev.nova.routing.NovaRouting;
import dev.nova.testing.LambdaRuntime;
import dev.nova.testing.TestPostgres;
import dev.nova.testing.TestS3;
import dev.nova.testing.TestSqs;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** media's Lambda entry with the sample invoke in {@code sam/events/}, read as the Lambda Java runtime reads it. */
class MediaFunctionHandlerTest {

    private static final Path EVENTS = Path.of("..", "..", "..", "sam", "events");

    private static ApplicationContext context;

    @BeforeAll
    static void start() {
        Map<String, Object> properties = new HashMap<>(TestPostgres.newDomainDatabase("media").asProperties());
        properties.putAll(LocalQueues.provision(TestSqs.server().endpoint(), NovaRouting.ROUTING, "media-sam-", 30));
        properties.putAll(TestS3.mediaProperties());
        context = FunctionContexts.start("media", properties);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void thePipelineSampleIsConsumedAndAnAssetItDoesNotKnowChangesNothing() throws Exception {
        String batch = LambdaRuntime.invoke(new MediaPipelineFunction(context),
                Files.readAllBytes(EVENTS.resolve("media-pipeline-events.json")));

        assertThat(batch).as("no message is handed back for another delivery").doesNotContain("itemIdentifier");
    }

    @Test
    void theUploadNotificationSampleIsConsumedTestEventAndAll() throws Exception {
        String batch = LambdaRuntime.invoke(new UploadNotificationsFunction(context),
                Files.readAllBytes(EVENTS.resolve("media-upload-notifications.json")));

        assertThat(batch).as("no message is handed back for another delivery").doesNotContain("itemIdentifier");
    }

    @Test
    void theCreateUploadSampleAnswersAPendingAssetAndAPresignedPut() throws Exception {
        String reply = LambdaRuntime.invoke(new MediaFunction(context),
                Files.readAllBytes(EVENTS.resolve("media-create-upload.json")));

        assertThat(reply).contains("\"status\":\"PENDING_UPLOAD\"", "\"method\":\"PUT\"",
                "X-Amz-Signature").doesNotContain("\"error\"");
    }
}
