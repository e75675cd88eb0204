package dev.nova.media;

import dev.nova.events.LocalQueues;
import dev.nova.invocation.FunctionContexts;
import dev.nova.invocation.FunctionPriming;
import dev.nova.routing.NovaRouting;
import dev.nova.testing.TestPostgres;
import dev.nova.testing.TestS3;
import dev.nova.testing.TestSqs;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Media started as its Lambda entry starts it (every singleton made at start: the S3 client and presigner too),
 * then primed: a bean that cannot be made, or a primer that fails, shows here rather than in Lambda's init.
 */
class MediaLambdaStartTest {

    @Test
    void startsWithEverySingletonMadeAndPrimesTheDatabaseAndTheAssetRead() {
        Map<String, Object> properties = new HashMap<>(TestPostgres.newDomainDatabase("media").asProperties());
        properties.putAll(LocalQueues.provision(TestSqs.server().endpoint(), NovaRouting.ROUTING, "media-lambda-",
                30));
        properties.putAll(TestS3.mediaProperties());
        try (ApplicationContext context = FunctionContexts.lambda("media").properties(properties).start()) {
            assertThat(FunctionPriming.run(context)).as("the database, SQS and media primers").isEqualTo(3);
        }
    }
}
